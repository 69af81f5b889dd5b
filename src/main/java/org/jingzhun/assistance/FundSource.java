package org.jingzhun.assistance;

public enum FundSource {
    FISCAL, CREDIT, COOPERATION, SOCIAL, SELF
}
