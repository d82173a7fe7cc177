/** Input limits: a shared file must never make syslead hang or exhaust memory. */
export const LIMITS = {
  maxBytes: 1024 * 1024,
  maxDepth: 64,
  /** Leading spaces and '- ' indicators on one line: block nesting needs one column per level. */
  maxIndent: 512,
  maxAliases: 100,
  /**
   * Values (scalars, mappings, sequences) after aliases are expanded: about what 1 MiB of plain
   * YAML can hold, so aliases cannot make a small file cost more than a large one.
   */
  maxExpandedNodes: 500_000,
} as const;
