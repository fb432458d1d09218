-- The township form's optional §2.3 groups of a figures report (乡镇报表分组): NULL when not collected, which is not
-- zero, and always NULL for a zero report.
ALTER TABLE daily_report ADD COLUMN new_returnees_registered INTEGER;
ALTER TABLE daily_report ADD COLUMN returnees_under_monitoring INTEGER;
ALTER TABLE daily_report ADD COLUMN new_arrivals_from_risk_areas INTEGER;
ALTER TABLE daily_report ADD COLUMN new_inbound_travellers INTEGER;
ALTER TABLE daily_report ADD COLUMN new_abnormal_findings INTEGER;
ALTER TABLE daily_report ADD CONSTRAINT daily_report_township_groups CHECK (
  (zero_report AND new_returnees_registered IS NULL AND returnees_under_monitoring IS NULL
    AND new_arrivals_from_risk_areas IS NULL AND new_inbound_travellers IS NULL AND new_abnormal_findings IS NULL)
  OR (NOT zero_report
    AND (new_returnees_registered IS NULL OR new_returnees_registered >= 0)
    AND (returnees_under_monitoring IS NULL OR returnees_under_monitoring >= 0)
    AND (new_arrivals_from_risk_areas IS NULL OR new_arrivals_from_risk_areas >= 0)
    AND (new_inbound_travellers IS NULL OR new_inbound_travellers >= 0)
    AND (new_abnormal_findings IS NULL OR new_abnormal_findings >= 0)));
