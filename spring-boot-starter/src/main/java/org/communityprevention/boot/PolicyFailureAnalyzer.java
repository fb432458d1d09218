package org.communityprevention.boot;

import org.communityprevention.core.message.Messages;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator which property and which policy fields stopped the application, in both languages. */
final class PolicyFailureAnalyzer extends AbstractFailureAnalyzer<PolicyConfigurationException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, PolicyConfigurationException cause) {
    return new FailureAnalysis(
        "The policy configured by " + cause.property() + " cannot be used:\n" + cause.describe(Messages.EN)
            + "\n" + cause.property() + " 配置的政策不可用：\n" + cause.describe(Messages.ZH),
        "Correct " + cause.property() + ". A provincial layer may tighten its national baseline but never loosen"
            + " it, and every value it changes needs a source (see docs/policy.md).",
        cause);
  }
}
