package vn.dangbo.handbook;

/** The kinds of party documents the library holds; the label is {@code document.type.NAME} in the bundles. */
public enum DocumentType {
    RESOLUTION, DIRECTIVE, REGULATION, CONCLUSION, GUIDANCE, PLAN, NOTICE
}
