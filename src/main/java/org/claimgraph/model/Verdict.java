package org.claimgraph.model;

/** The one verdict a claim gets. */
public enum Verdict { SUPPORTED, UNSUPPORTED, CONTRADICTED }
