package io.drillbook.core.playbook;

/** The kinds of value a playbook parameter may hold. */
public enum ParameterType {
    STRING, INT, BOOL, ENUM
}
