/** A vendor's application on the module path: it requires the four published modules and nothing else. */
module org.communityprevention.modulepath {
  requires org.communityprevention.core;
  requires org.communityprevention.risk;
  requires org.communityprevention.reporting;
  requires org.communityprevention.services;
}
