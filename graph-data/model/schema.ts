import { z } from 'zod';
import { FACT_CATEGORIES, HOSTING_VALUES, NODE_KINDS, ORCHESTRATOR_VALUES } from './kinds';
import { RELATION_KINDS, type RelationKind } from './vocabulary';
import { suggest } from './suggest';

/** Node ids are lower-case slugs, so that they are safe in URLs, file names and Cypher. */
export const NodeId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens, like "ecs-anywhere"');

function enumWithSuggestion<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) => {
      const input = typeof issue.input === 'string' ? issue.input : JSON.stringify(issue.input);
      const hint = typeof issue.input === 'string' ? suggest(issue.input, values) : undefined;
      return `unknown ${what} '${input}'${hint ? `; did you mean '${hint}'?` : `; use one of: ${values.join(', ')}`}`;
    },
  });
}

export const NodeKindSchema = enumWithSuggestion(NODE_KINDS, 'node kind');
export const RelationKindSchema = enumWithSuggestion(
  RELATION_KINDS as unknown as readonly [RelationKind, ...RelationKind[]],
  'relation',
);
export const FactCategorySchema = enumWithSuggestion(FACT_CATEGORIES, 'fact category');
export const HostingSchema = enumWithSuggestion(HOSTING_VALUES, 'hosting value');
export const OrchestratorSchema = enumWithSuggestion(ORCHESTRATOR_VALUES, 'orchestrator');

/** Where a fact came from: a note (by its short name) and a section inside it. */
export const Citation = z.object({
  note: z.string().min(1),
  section: z.string().min(1),
  /** The file (relative to the notes folder) and 1-based line, when the graph was read from files. */
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
});
export type Citation = z.infer<typeof Citation>;

/** Authoring form: an item may name its own section (and note); otherwise the node's source applies. */
const CitationOverride = {
  note: z.string().min(1).optional(),
  section: z.string().min(1).optional(),
};

export const FactInput = z.strictObject({
  category: FactCategorySchema,
  text: z.string().min(1),
  /** When the fact dates from, as written in the note ("Jan 2025", "2024"). */
  date: z.string().optional(),
  ...CitationOverride,
});

const facetClaim = <T extends z.ZodType<string>>(value: T) =>
  z.union([value, z.strictObject({ value, qualifier: z.string().optional(), ...CitationOverride })]);

export const RelationInput = z.strictObject({
  kind: RelationKindSchema,
  to: NodeId,
  /** Narrows the relation: "in GovCloud", "if AWS-connected", "since 2024". */
  qualifier: z.string().optional(),
  ...CitationOverride,
});

export const PRICE_UNITS = [
  'instance-hour',
  'vcpu-hour',
  'gb-hour',
  'gb-month',
  'gb-transferred',
  'cluster-hour',
  'none',
  /** A unit outside the list above ("1M requests", "GB-second"): its words are in `unitText`. */
  'other',
] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];
export const PRICE_UNIT_LABELS: Record<PriceUnit, string> = {
  'instance-hour': 'per instance-hour',
  'vcpu-hour': 'per vCPU-hour',
  'gb-hour': 'per GB-hour',
  'gb-month': 'per GB-month',
  'gb-transferred': 'per GB transferred',
  'cluster-hour': 'per cluster-hour',
  none: '',
  other: '',
};

/** How a pricing item charges. Only `per-unit` items have an amount. */
export const PRICE_MODELS = ['per-unit', 'free', 'contact-sales', 'underlying-resources'] as const;

export const PriceInput = z
  .strictObject({
    model: enumWithSuggestion(PRICE_MODELS, 'price model'),
    amount: z.number().nonnegative().optional(),
    currency: z.literal('USD').default('USD'),
    unit: enumWithSuggestion(PRICE_UNITS, 'price unit').default('none'),
    /** The unit as the note writes it, after "per" ("1M requests", "GB-second"); required when unit is 'other'. */
    unitText: z.string().min(1).optional(),
    /** AWS Region the price was quoted for, when the note says. */
    region: z.string().optional(),
    freeTier: z.string().optional(),
  })
  .refine((p) => (p.model === 'per-unit') === (p.amount !== undefined), {
    message: 'a per-unit price needs an amount, and only a per-unit price may have one',
  })
  .refine((p) => p.model !== 'per-unit' || p.unit !== 'none', { message: 'a per-unit price needs a unit' })
  .refine((p) => p.unit !== 'other' || p.unitText !== undefined, {
    message: "a price with unit 'other' needs unitText, the unit in the note's words (\"1M requests\")",
  });

/** A worked cost example: its inputs, how they multiply prices, and what the note said the total was. */
export const ExampleInput = z.strictObject({
  id: NodeId,
  title: z.string().min(1),
  inputs: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
        label: z.string().min(1),
        value: z.number().nonnegative(),
        unit: z.string().min(1),
      }),
    )
    .min(1),
  /** Total = sum over terms of price.amount x product(inputs named in factors). */
  terms: z
    .array(
      z.strictObject({
        price: NodeId,
        factors: z.array(z.string()).min(1),
      }),
    )
    .min(1),
  stated: z.strictObject({
    amount: z.number().nonnegative(),
    text: z.string().min(1),
    approximate: z.boolean().default(false),
  }),
  ...CitationOverride,
});

export const ComparisonInput = z.strictObject({
  subjects: z.array(NodeId).min(2),
  aspects: z
    .array(
      z.strictObject({
        label: z.string().min(1),
        values: z.array(z.string()),
      }),
    )
    .min(1),
});

/** The front matter of one note file: one node and the relations that start from it. */
export const NoteInput = z.strictObject({
  id: NodeId,
  kind: NodeKindSchema,
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  summary: z.string().min(1),
  source: z.strictObject({ note: z.string().min(1), section: z.string().min(1) }),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  hosting: z.array(facetClaim(HostingSchema)).default([]),
  orchestrator: z.array(facetClaim(OrchestratorSchema)).default([]),
  facts: z.array(FactInput).default([]),
  relations: z.array(RelationInput).default([]),
  price: PriceInput.optional(),
  examples: z.array(ExampleInput).default([]),
  comparison: ComparisonInput.optional(),
});
export type NoteInput = z.infer<typeof NoteInput>;

/** The registry of source notes: short name -> file and title. */
export const SourcesInput = z.record(
  z.string().regex(/^[a-z0-9-]+$/),
  z.strictObject({ file: z.string().min(1), title: z.string().min(1) }),
);
export type SourcesInput = z.infer<typeof SourcesInput>;

// ---- The compiled graph: what the app, CLI and exports consume. ----

export const Fact = z.object({
  category: FactCategorySchema,
  text: z.string(),
  date: z.string().optional(),
  cite: Citation,
});
export type Fact = z.infer<typeof Fact>;

export const FacetValue = <T extends z.ZodType<string>>(value: T) =>
  z.object({ value, qualifier: z.string().optional(), cite: Citation });

export const Price = z.object({
  model: z.enum(PRICE_MODELS),
  amount: z.number().optional(),
  currency: z.literal('USD'),
  unit: z.enum(PRICE_UNITS),
  /** The unit in the note's words, kept for every unit and needed for 'other' ("1M requests"). */
  unitText: z.string().optional(),
  region: z.string().optional(),
  freeTier: z.string().optional(),
});
export type Price = z.infer<typeof Price>;

export const WorkedExample = z.object({
  id: z.string(),
  title: z.string(),
  inputs: z.array(z.object({ name: z.string(), label: z.string(), value: z.number(), unit: z.string() })),
  terms: z.array(z.object({ price: z.string(), factors: z.array(z.string()) })),
  stated: z.object({ amount: z.number(), text: z.string(), approximate: z.boolean() }),
  cite: Citation,
});
export type WorkedExample = z.infer<typeof WorkedExample>;

export const Comparison = ComparisonInput;
export type Comparison = z.infer<typeof Comparison>;

/**
 * Marks a node or relation that a reader inferred from prose rather than read from a typed field:
 * the rule that fired and the words that made it fire (the line itself is in the citation).
 */
export const Inference = z.object({
  rule: z.string().min(1),
  words: z.string(),
});
export type Inference = z.infer<typeof Inference>;

export const GraphNode = z.object({
  id: z.string(),
  kind: z.enum(NODE_KINDS),
  label: z.string(),
  aliases: z.array(z.string()),
  summary: z.string(),
  description: z.string(),
  cite: Citation,
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  hosting: z.array(FacetValue(z.enum(HOSTING_VALUES))),
  orchestrator: z.array(FacetValue(z.enum(ORCHESTRATOR_VALUES))),
  facts: z.array(Fact),
  price: Price.optional(),
  examples: z.array(WorkedExample),
  comparison: Comparison.optional(),
  /** The note file (relative to the notes folder) that defines this node. */
  file: z.string(),
  /** Where the node comes from: the built-in graph or the user's own notes. Absent means built-in. */
  origin: z.enum(['built-in', 'notes']).optional(),
  /** A node that notes link to but that no note defines (drawn as a placeholder, as Obsidian does). */
  placeholder: z.boolean().optional(),
  /** Tags from the notes (`#aws/containers`), nested tags kept whole. */
  tags: z.array(z.string()).optional(),
  inferred: Inference.optional(),
});
export type GraphNode = z.infer<typeof GraphNode>;

/** Relation kinds: the vocabulary's, or a user's own (a slug such as `deployed-by`). */
export const EdgeKind = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'relation kinds are lower-case slugs');

export const GraphEdge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  kind: EdgeKind,
  qualifier: z.string().optional(),
  cite: Citation,
  inferred: Inference.optional(),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const Graph = z.object({
  sources: z.record(z.string(), z.object({ file: z.string(), title: z.string() })),
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
});
export type Graph = z.infer<typeof Graph>;
