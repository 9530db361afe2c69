import type { FactCategory } from '../../model/kinds';
import { keyWord } from './rules/types';

/*
 * The words plain notes use for the parts of a service and for the keys of their bullets, mapped to
 * fact categories. A heading made of these words is a section of the current service, not a new one.
 */
const SECTIONS: [RegExp, FactCategory][] = [
  [/^(?:overview|summary|introduction|about|definition|what it is|general info(?:rmation)?)$/, 'definition'],
  [
    /^(?:core concepts?|concepts|key concepts|components|key components|building blocks|key terms|core knowledge|fundamentals|basics|terminology)$/,
    'concept',
  ],
  [/^(?:performance|scalability|scaling|performance and scaling)$/, 'performance'],
  [/^(?:resilience|availability|reliability|high availability|durability)$/, 'resilience'],
  [/^(?:security|security and compliance|security compliance)$/, 'security'],
  [/^(?:compliance)$/, 'compliance'],
  [/^(?:cost optimi[sz]ation|cost|costs|pricing|billing|cost and pricing)$/, 'pricing'],
  [
    /^(?:key notes|notes|exam notes|exam tips?|tips|key takeaways|takeaways|limitations|limits|quotas)$/,
    'note',
  ],
  [/^(?:key features|features|capabilities)$/, 'feature'],
  [/^(?:use cases?|when to use)$/, 'use-case'],
  [/^(?:monitoring|observability|logging)$/, 'monitoring'],
  [/^(?:updates?|what s new|recent updates|news)$/, 'update'],
  [/^(?:integrations?)$/, 'feature'],
];

const KEYS: [RegExp, FactCategory][] = [
  [/^(?:definition|description|what it is|overview)$/, 'definition'],
  [/^(?:key features|features|capabilities)$/, 'feature'],
  [/^(?:use cases?|good for|best for|ideal for|suited for)$/, 'use-case'],
  [/^(?:updates?|what s new)$/, 'update'],
  [/^(?:monitoring|logging|observability|metrics|tracing)$/, 'monitoring'],
  [
    /^(?:encryption|access control|auditing|audit|authentication|authorization|identity|security)$/,
    'security',
  ],
  [/^(?:compliance|certifications?)$/, 'compliance'],
  [/^(?:pricing|price|cost|costs|free tier)$/, 'pricing'],
  [/^(?:strategies|cost strategies|savings|cost optimi[sz]ation)$/, 'cost-strategy'],
  [/^(?:exam tips?|exam)$/, 'exam-tip'],
];

/**
 * The parts of a document rather than of a service ("Table of Contents", "References", "Further
 * Reading"): such a heading names nothing to learn about.
 */
const DOCUMENT_PARTS =
  /^(?:table of contents|contents|toc|preface|foreword|references?|sources|bibliography|further reading|recommended reading|reading list|resources|useful links|links|see also|miscellaneous|misc|appendix|glossary|acknowledge?ments|credits|licen[cs]e|changelog|conclusion|index)$/;

/** Whether a heading names a part of the document, not a service (see DOCUMENT_PARTS). */
export function isDocumentPart(heading: string): boolean {
  return DOCUMENT_PARTS.test(keyWord(heading));
}

/** The category a section heading names ("Cost Optimization" -> pricing), if it is a section word. */
export function sectionCategory(heading: string): FactCategory | undefined {
  const k = keyWord(heading);
  return SECTIONS.find(([re]) => re.test(k))?.[1];
}

/** The category a bullet's key names ("Exam Tip" -> exam-tip), if any. */
export function keyCategory(key: string | undefined): FactCategory | undefined {
  const k = keyWord(key);
  return k ? KEYS.find(([re]) => re.test(k))?.[1] : undefined;
}

/** Keys that introduce an illustration rather than a named part ("Explanation: E.g., ..."). */
export function isExampleKey(key: string | undefined): boolean {
  return /^(?:explanation|example|examples|e g|eg|note|tip)$/.test(keyWord(key));
}

/**
 * Core Concepts keys that say how a service is installed, set up, upgraded, licensed or billed: an
 * aspect of the service, not a part of it ("Installation: Manual or via the installer").
 */
export function isAspectKey(key: string | undefined): boolean {
  return /^(?:installation|installing|install|setup|set up|configuration|upgrades?|upgrading|maintenance|licen[cs]ing|licen[cs]e|support|pricing|billing|usage|requirements?)$/.test(
    keyWord(key),
  );
}

/** "Same as ECS, define container images" -> "ECS": a concept said to be another service's own. */
export function sameAsName(value: string): string | undefined {
  return /^(?:the\s+)?same\s+as\s+(?:in\s+)?([^,.;:()]+?)\s*(?:[,.;:(]|$)/i.exec(value.trim())?.[1]?.trim();
}

/** "ECS Key Components" -> the components heading's service name ("ECS"), or '' when it names none. */
export function componentsHeading(heading: string): string | undefined {
  const m = /^(.*?)\s*\b(?:key\s+)?(?:components|building blocks|key terms|core concepts|concepts)$/i.exec(
    heading,
  );
  return m ? m[1]!.trim() : undefined;
}

/** A heading over a comparison table: "Comparison", "ECS Launch Type Comparison", "EC2 vs Fargate". */
export function isComparisonHeading(heading: string): boolean {
  return /\bcomparison\b|\bcompared\b|\bvs\.?\s|\bversus\b/i.test(heading);
}

/** "ECS Launch Type Comparison" -> ["ECS", "Launch", "Type"]: a comparison heading's words, less the word comparison. */
export function headingWords(heading: string): string[] {
  return heading
    .replace(/\b(?:comparison|compared)\b/gi, ' ')
    .replace(/[^\w\s-]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Whether a line's key names another thing of the kind a comparison heading compares: "External
 * Launch type" after "ECS Launch Type Comparison" is a launch type, as EC2 and Fargate in its table
 * are. The key must end with the last words of the compared kind and add words of its own before
 * them; a key that is a section word ("Exam Tip", "Pricing", "Note") names no such thing.
 */
export function namesComparedKind(heading: string, key: string): boolean {
  if (keyCategory(key) || isExampleKey(key) || isAspectKey(key)) return false;
  const kind = headingWords(heading);
  const words = key.trim().split(/\s+/);
  if (kind.length === 0 || words.length < 2 || words.length > 6) return false;
  const same = (a: string, b: string) =>
    a.toLowerCase().replace(/s$/, '') === b.toLowerCase().replace(/s$/, '');
  let k = 0;
  while (
    k < kind.length &&
    k < words.length - 1 &&
    same(kind[kind.length - 1 - k]!, words[words.length - 1 - k]!)
  )
    k++;
  return k > 0;
}

/**
 * The rest of a heading that opens with its service's name, short or full ("S3 Key Details" for
 * "Simple Storage Service (S3)" gives "Key Details"): the heading of a part of that service's notes.
 * Undefined when the heading names something else, or the service alone.
 */
export function ownSection(
  heading: string,
  service: { short: string; node: { label: string; aliases?: string[] } },
): string | undefined {
  for (const name of [service.node.label, service.short, ...(service.node.aliases ?? [])]) {
    if (!name || heading.length <= name.length) continue;
    if (heading.slice(0, name.length).toLowerCase() !== name.toLowerCase()) continue;
    const rest = heading.slice(name.length);
    if (/^\s+\S/.test(rest)) return rest.trim();
  }
  return undefined;
}
