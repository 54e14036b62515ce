package org.claimgraph.model;

/** Which way a finding pushes its claim's verdict. */
public enum Effect { SUPPORTS, CONTRADICTS, CONTEXT }
