import type { FactCategory, NodeKind } from '../../model/kinds';
import type { Inference } from '../../model/schema';
import type { DraftNode, DraftRelation, ImportProblem, NoteFile, SourceRef } from '../draft';
import { outline, type TableBlock } from './outline';
import { aliasesOf, capitalise, isNameWord, shortName } from './names';
import { complianceRule } from './rules/compliance';
import { hostingFacets, orchestratorFacets } from './rules/facets';
import { featuresRule, namedFeatureRule } from './rules/features';
import { integrationsRule, supportsNamedRule } from './rules/integrations';
import { partsSumRule } from './rules/parts';
import { readPrices } from './rules/pricing';
import { machineRule, runsOnRule } from './rules/runs-on';
import { toolRolesRule } from './rules/tool-roles';
import type { RelationRule, RuleInput } from './rules/types';
import { keyWord } from './rules/types';
import { useCasesRule } from './rules/use-cases';
import { linkExample } from './examples';
import {
  componentsHeading,
  isAspectKey,
  isComparisonHeading,
  isExampleKey,
  keyCategory,
  sameAsName,
  sectionCategory,
} from './sections';

/** The relation rules, in the order they are tried on every bullet. */
export const RELATION_RULES: RelationRule[] = [
  complianceRule,
  integrationsRule,
  supportsNamedRule,
  runsOnRule,
  machineRule,
  toolRolesRule,
  useCasesRule,
  featuresRule,
  namedFeatureRule,
  partsSumRule,
];

/** A component read under a service, named later (its name may need the service's to be unique). */
export interface PendingComponent {
  /** The provisional ref that relations use until the component is named. */
  tempRef: string;
  subjectRef: string;
  subjectShort: string;
  node: DraftNode;
  /** "Task Definitions: Same as ECS": the service whose concept of this name it is. */
  sameAs?: string;
}

/** A price written under a prefix that may name another service ("Fargate: $0.04048/vCPU-hour"). */
export interface PricePrefix {
  priceRef: string;
  prefix: string;
  cite: SourceRef;
  /** The service the price line is under. */
  subjectRef: string;
  /** The words name what the price is counted in ("per external instance"), not a prefix. */
  per?: boolean;
}

export interface NoteReading {
  nodes: DraftNode[];
  relations: DraftRelation[];
  components: PendingComponent[];
  pricePrefixes: PricePrefix[];
  problems: ImportProblem[];
}

export interface Subject {
  node: DraftNode;
  short: string;
  prices: { ref: string; amount?: number; what: string; prefix: string; label: string }[];
}

const inferred = (rule: string, words: string): Inference => ({ rule, words });

/** Longer lines are kept as facts but not read by the rules: no bullet says that much, and it bounds their cost. */
export const MAX_RULE_LINE = 2000;

/** Reads one plain note (Markdown or text written like the seeds) into draft nodes and relations. */
export function readNote(file: NoteFile): NoteReading {
  const blocks = outline(file.text);
  const out: NoteReading = { nodes: [], relations: [], components: [], pricePrefixes: [], problems: [] };
  let title = file.path;
  let subject: Subject | undefined;
  let section: string | undefined;
  let sectionCat: FactCategory | undefined;
  let pendingTable: { heading: string; line: number } | undefined;
  // A table's own heading ("ECS Key Components") is cited alone, not under the service's name.
  let standalone = false;
  let bulletsInSubject = 0;
  const keys: (string | undefined)[] = [];
  const subjects: Subject[] = [];
  // Bullets and lines met before any heading names what they are about: told once, not guessed.
  const orphans: number[] = [];

  const cite = (line: number): SourceRef => ({
    file: file.path,
    line,
    section:
      subject && section && !standalone && section !== subject.node.label
        ? `${subject.node.label} › ${section}`
        : (section ?? subject?.node.label ?? title),
  });

  const newSubject = (label: string, kind: NodeKind, line: number, rule?: Inference): Subject => {
    const node: DraftNode = {
      ref: label,
      kind,
      label,
      aliases: aliasesOf(label),
      facts: [],
      hosting: [],
      orchestrator: [],
      cite: { file: file.path, line, section: label },
      ...(rule ? { inferred: rule } : {}),
    };
    out.nodes.push(node);
    const s: Subject = { node, short: shortName(label), prices: [] };
    if (kind === 'service') subjects.push(s);
    return s;
  };

  const relate = (from: string, kind: string, to: string, line: number, inf: Inference, qualifier?: string) =>
    out.relations.push({
      from,
      to,
      kind,
      cite: cite(line),
      inferred: inf,
      ...(qualifier ? { qualifier } : {}),
    });

  const target = (name: string, kind: NodeKind, line: number, inf: Inference, aliases: string[] = []) =>
    out.nodes.push({
      ref: name,
      kind,
      label: name,
      aliases: [...aliasesOf(name), ...aliases],
      facts: [],
      hosting: [],
      orchestrator: [],
      cite: cite(line),
      inferred: inf,
    });

  const applyRules = (fromRef: string, input: RuleInput, line: number, subj: Subject | undefined) => {
    for (const rule of RELATION_RULES) {
      for (const claim of rule.apply(input)) {
        const inf = inferred(claim.rule ?? rule.name, claim.words);
        target(claim.to, claim.toKind, line, inf, claim.aliases);
        relate(fromRef, claim.kind, claim.to, line, inf, claim.qualifier);
      }
    }
    if (subj?.node.kind !== 'service') return;
    for (const f of hostingFacets(input))
      if (!subj.node.hosting.some((h) => h.value === f.value))
        subj.node.hosting.push({
          value: f.value,
          cite: cite(line),
          inferred: inferred('hosting-words', f.words),
        });
    for (const f of orchestratorFacets(input))
      if (!subj.node.orchestrator.some((h) => h.value === f.value))
        subj.node.orchestrator.push({
          value: f.value,
          cite: cite(line),
          inferred: inferred('orchestrator-words', f.words),
        });
  };

  const addComponent = (
    subj: Subject,
    label: string,
    description: string,
    line: number,
    words: string,
    rule: string,
    sameAs?: string,
  ) => {
    const tempRef = `\u0000component:${subj.node.ref}:${label.toLowerCase()}`;
    const existing = out.components.find((c) => c.tempRef === tempRef);
    if (existing) {
      existing.node.facts.push({ category: 'concept', text: description, cite: cite(line) });
      return tempRef;
    }
    const node: DraftNode = {
      ref: tempRef,
      kind: 'component',
      label,
      aliases: [],
      summary: description,
      facts: description ? [{ category: 'concept', text: description, cite: cite(line) }] : [],
      hosting: [],
      orchestrator: [],
      cite: cite(line),
      inferred: inferred(rule, words),
    };
    out.components.push({
      tempRef,
      subjectRef: subj.node.ref,
      subjectShort: subj.short,
      node,
      ...(sameAs ? { sameAs } : {}),
    });
    relate(subj.node.ref, 'has-component', tempRef, line, inferred(rule, words));
    return tempRef;
  };

  const readPricing = (subj: Subject, prefix: string, value: string, line: number) => {
    for (const found of readPrices(value)) {
      const what = [prefix, found.what].filter(Boolean).join(' ');
      const fallback =
        found.price.model === 'per-unit'
          ? (found.price.unitText ?? 'price')
          : found.price.model.replace(/-/g, ' ');
      let label = `${subj.short} ${what || fallback}`.trim();
      // The price in brackets keeps the label from naming the thing priced ("ECR Public" is a component).
      if (found.price.model === 'per-unit' && what && found.price.unitText)
        label += ` (${found.price.unitText})`;
      else if (found.price.model !== 'per-unit' && what) label += ` (${fallback})`;
      while (out.nodes.some((n) => n.ref === label)) label += ' ′';
      out.nodes.push({
        ref: label,
        kind: 'pricing',
        label,
        aliases: [],
        facts: [],
        hosting: [],
        orchestrator: [],
        price: found.price,
        cite: cite(line),
        inferred: inferred('price-line', found.words),
      });
      relate(subj.node.ref, 'priced-by', label, line, inferred('price-line', found.words));
      subj.prices.push({ ref: label, amount: found.price.amount, what, prefix, label });
      const at = { priceRef: label, cite: cite(line), subjectRef: subj.node.ref };
      if (prefix) out.pricePrefixes.push({ ...at, prefix });
      const per = /\bper\s+(.+)$/i.exec(found.price.unitText ?? '')?.[1];
      if (per) out.pricePrefixes.push({ ...at, prefix: per, per: true });
    }
  };

  const readTable = (table: TableBlock, heading: string | undefined) => {
    const compHeading = heading !== undefined ? componentsHeading(heading) : undefined;
    const firstHeader = keyWord(table.header[0]);
    if (compHeading !== undefined || /^(?:component|concept|term|resource|part)s?$/.test(firstHeader)) {
      const named = compHeading ? findSubject(subjects, compHeading) : undefined;
      const owner = named ?? subject;
      if (!owner) return;
      subject = owner;
      table.rows.forEach((row, i) => {
        const [name, ...rest] = row;
        if (!name) return;
        const line = table.rowLines[i] ?? table.line;
        const value = rest.join(' ');
        const ref = addComponent(
          owner,
          name,
          value,
          line,
          `${heading ?? 'table'}: ${name}`,
          'component-table-row',
          sameAsName(value),
        );
        // A row is read as a Core Concepts bullet is: "Name: what it is".
        if (value)
          applyRules(
            ref,
            { key: name, value, text: `${name}: ${value}`, category: 'concept' },
            line,
            undefined,
          );
      });
      return;
    }
    const rowsAreSubjects =
      /^(?:service|option|feature|product|name|tool|)$/.test(firstHeader) || !table.headerless;
    const label = heading ?? 'Comparison';
    const subjectsOf = rowsAreSubjects ? table.rows.map((r) => r[0] ?? '') : table.header;
    const aspects = rowsAreSubjects
      ? table.header
          .slice(1)
          .map((h, c) => ({ label: h || `Column ${c + 2}`, values: table.rows.map((r) => r[c + 1] ?? '') }))
      : table.rows.map((r, i) => ({ label: `Point ${i + 1}`, values: r }));
    const inf = inferred('comparison-table', `${label}: ${subjectsOf.join(' | ')}`);
    const comparison = newSubject(label, 'comparison', table.line, inf);
    comparison.node.ref = `${label} (${file.path})`;
    comparison.node.comparison = { subjects: subjectsOf, aspects };
    section = heading ?? section;
    for (const s of subjectsOf) if (s) relate(comparison.node.ref, 'compares', s, table.line, inf);
    if (rowsAreSubjects) {
      table.rows.forEach((row, i) => {
        const name = row[0];
        if (!name) return;
        const line = table.rowLines[i] ?? table.line;
        table.header.slice(1).forEach((h, c) => {
          const cell = row[c + 1];
          if (!cell) return;
          const input: RuleInput = {
            key: /^use case$/i.test(h) ? 'Use Cases' : h,
            value: cell,
            text: `${h}: ${cell}`,
            category: 'note',
          };
          for (const claim of useCasesRule.apply(input)) {
            const ci = inferred(useCasesRule.name, `${name} | ${claim.words}`);
            target(claim.to, claim.toKind, line, ci);
            relate(name, claim.kind, claim.to, line, ci, claim.qualifier);
          }
          const rowSubject = findSubject(subjects, name);
          if (rowSubject) {
            const attr = h
              .replace(/\s+(\w)/g, (_, ch: string) => ch.toUpperCase())
              .replace(/^\w/, (ch) => ch.toLowerCase());
            rowSubject.node.attributes = { ...rowSubject.node.attributes, [attr]: cell };
          }
        });
      });
    }
    subject = comparison;
  };

  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (block.type === 'rule') return;
    if (block.type === 'heading') {
      const cat = sectionCategory(block.text);
      if (
        next?.type === 'table' &&
        (isComparisonHeading(block.text) || componentsHeading(block.text) !== undefined)
      ) {
        pendingTable = { heading: block.text, line: block.line };
        // A comparison stands on its own; a components table belongs to the service it names.
        if (isComparisonHeading(block.text)) subject = undefined;
        section = block.text;
        standalone = true;
        return;
      }
      if (cat && subject) {
        standalone = false;
        section = block.text;
        sectionCat = cat;
        return;
      }
      if (next?.type === 'heading' && !sectionCategory(next.text)) {
        title = block.text;
        subject = undefined;
        section = undefined;
        return;
      }
      const question = /^what (?:is|are)\s+(?:an?\s+)?['"‘’]?(.+?)['"‘’]?\s*\?$/i.exec(block.text);
      subject = question
        ? newSubject(
            capitalise(question[1]!),
            'component',
            block.line,
            inferred('question-heading', block.text),
          )
        : newSubject(block.text, 'service', block.line, inferred('service-heading', block.text));
      section = block.depth === 0 ? block.text : undefined;
      standalone = false;
      sectionCat = undefined;
      bulletsInSubject = 0;
      keys.length = 0;
      return;
    }
    if (block.type === 'table') {
      readTable(block, pendingTable?.heading);
      pendingTable = undefined;
      return;
    }
    if (!subject) {
      if (block.text) orphans.push(block.line);
      return;
    }
    const depth = block.type === 'item' ? block.depth : 0;
    keys.length = depth;
    keys[depth] = block.key;
    const parentKey = depth > 0 ? keys[depth - 1] : undefined;
    const category: FactCategory =
      keyCategory(block.key) ??
      keyCategory(parentKey) ??
      sectionCat ??
      (subject.node.kind === 'service' && bulletsInSubject === 0 ? 'definition' : 'note');
    bulletsInSubject++;
    const text = block.text;
    if (!text) return;
    const input: RuleInput = { value: block.value, text, category };
    if (block.key) input.key = block.key;
    if (parentKey) input.parentKey = parentKey;
    if (subject.node.kind === 'service')
      input.subjectNames = [subject.short, subject.node.label, ...subject.node.aliases];
    const subj = subject;
    // "Core Concepts": each `Name: what it is` bullet is a component of the service; so is
    // "Karpenter - Works directly with EC2 Fleet" (a name, a dash and what it is) anywhere.
    const concept =
      sectionCat === 'concept' && depth === 0 && !isExampleKey(block.key) && !isAspectKey(block.key);
    const dashed =
      block.dash === true && !keyCategory(block.key) && (block.key ?? '').split(/\s+/).every(isNameWord);
    if (block.key && (concept || dashed) && subj.node.kind === 'service') {
      const rule = concept ? 'concept-bullet' : 'dash-definition';
      const ref = addComponent(subj, block.key, block.value, block.line, text, rule, sameAsName(block.value));
      applyRules(ref, { ...input, category: 'concept' }, block.line, undefined);
      return;
    }
    subj.node.facts.push({ category, text, cite: cite(block.line) });
    if (text.length > MAX_RULE_LINE) return;
    if (category === 'pricing' && subj.node.kind === 'service') {
      const k = keyWord(block.key);
      if (/^example/.test(k) || (!block.key && text.includes('='))) {
        const problem = linkExample(subj, block.value, cite(block.line), out);
        if (problem) out.problems.push(problem);
        return;
      }
      if (k === 'free tier') {
        const tier = block.value.replace(/\.$/, '');
        for (const p of subj.prices) {
          const node = out.nodes.find((n) => n.ref === p.ref);
          if (node?.price && !node.price.freeTier) node.price.freeTier = tier;
        }
        return;
      }
      const prefix = block.key && !/^(?:pricing|price|cost|costs)$/.test(k) ? block.key : '';
      if (block.value) readPricing(subj, prefix, block.value, block.line);
      return;
    }
    applyRules(subj.node.ref, input, block.line, subj);
  });
  if (orphans.length > 0)
    out.problems.push({
      file: file.path,
      line: orphans[0]!,
      severity: 'warning',
      message: `${orphans.length} line${orphans.length === 1 ? '' : 's'} before any heading that names a service ${orphans.length === 1 ? 'was' : 'were'} not read`,
      fix: 'put a heading above them ("### Amazon ECS", or a line of its own such as "Amazon ECS:")',
    });
  return out;
}

/** The service of this note that a name such as "ECS" or "Amazon ECS" names. */
export function findSubject(subjects: Subject[], name: string): Subject | undefined {
  const n = name.trim().toLowerCase();
  if (!n) return undefined;
  return subjects.find(
    (s) =>
      s.node.label.toLowerCase() === n ||
      s.short.toLowerCase() === n ||
      s.node.aliases.some((a) => a.toLowerCase() === n),
  );
}
