import type { FactCategory, NodeKind } from '../../model/kinds';
import type { Inference } from '../../model/schema';
import type { DraftNode, NoteFile, SourceRef } from '../draft';
import { noteBaseName } from '../names';
import { outline, type ItemBlock, type TextBlock } from './outline';
import { aliasesOf, capitalise, isNameWord, shortName } from './names';
import { bothWaysRule, environmentsRule } from './rules/capabilities';
import { complianceRule } from './rules/compliance';
import { hostingFacets, orchestratorFacets } from './rules/facets';
import { allowsRule, featuresRule, namedFeatureRule } from './rules/features';
import { integrationsRule, supportsNamedRule } from './rules/integrations';
import { partsSumRule } from './rules/parts';
import { machineRule, onPremisesRule, runsOnRule } from './rules/runs-on';
import { toolRolesRule } from './rules/tool-roles';
import type { RelationRule, RuleInput } from './rules/types';
import { forWorkloadsRule, runWithRule, useCasesRule, useKeyRule } from './rules/use-cases';
import { readPriceLine } from './read-prices';
import { readTable } from './read-table';
import { addOption, comparedKindOf } from './compared-options';
import { inferred, type NoteContext, type NoteReading, type ReadingState, type Subject } from './reading';
import { SLASHED_HEADING, hasAcronym, isNameLike, namesService, slashedServices } from './headings';
import {
  componentsHeading,
  isAspectKey,
  isComparisonHeading,
  isDocumentPart,
  isExampleKey,
  keyCategory,
  namesComparedKind,
  ownSection,
  sameAsName,
  sectionCategory,
} from './sections';

/** The relation rules, in the order they are tried on every bullet. */
export const RELATION_RULES: RelationRule[] = [
  complianceRule,
  integrationsRule,
  supportsNamedRule,
  runsOnRule,
  onPremisesRule,
  machineRule,
  toolRolesRule,
  useCasesRule,
  useKeyRule,
  runWithRule,
  forWorkloadsRule,
  featuresRule,
  allowsRule,
  bothWaysRule,
  environmentsRule,
  namedFeatureRule,
  partsSumRule,
];

export type { NoteReading, PendingComponent, PricePrefix } from './reading';

/** A bullet's key that is the start of a sentence its nested items end ("Can run on:", "Integrates with:"). */
const CONTINUED_BY_ITEMS =
  /^(?:(?:it\s+)?(?:can|also)\s+)?(?:runs?\s+on|supports?|integrates?\s+with|integrated\s+with|works?\s+with|deploys?\s+(?:on|to)|available\s+on|hosted\s+on|compl(?:ies|iant)\s+with)$/i;

/** The rule that names a note's subject after its file when no heading comes before its first lines. */
export const FILE_NAME_SUBJECT = 'file-name';

/** The rule that reads a name-like line-heading in a concepts part of a service's notes as a part of it. */
export const CONCEPT_HEADING = 'concept-heading';

/** The rule that reads a line keyed by one more thing of the kind a comparison compares. */
export const COMPARED_KIND = 'compared-kind-key';

/** Longer lines are kept as facts but not read by the rules: no bullet says that much, and it bounds their cost. */
export const MAX_RULE_LINE = 2000;

/** Reads one plain note (Markdown or text written like the seeds) into draft nodes and relations. */
export function readNote(file: NoteFile): NoteReading {
  const blocks = outline(file.text);
  const out: NoteReading = {
    nodes: [],
    relations: [],
    components: [],
    pricePrefixes: [],
    options: [],
    problems: [],
    namedSources: [],
  };
  const state: ReadingState = { subject: undefined, alsoSubjects: [], section: undefined, standalone: false };
  let title = file.path;
  let sectionCat: FactCategory | undefined;
  /** The depth of the heading that opened the current section (0 for a line-heading). */
  let sectionDepth = 0;
  /** The service whose part a concept heading made the subject, until the next heading. */
  let partOwner: Subject | undefined;
  let pendingTable: { heading: string; line: number } | undefined;
  let bulletsInSubject = 0;
  /**
   * The services named by the `#` headings over the current line (or by the note's file name, at
   * depth 0), outermost first, with their depth; `strong` when the heading names a service by its
   * vendor or acronym, or is the file's, and the headings under it read as its parts
   * (headingsArePartsOf): then those that name no service are parts of its notes.
   */
  const owners: { subject: Subject; depth: number; strong: boolean }[] = [];
  const keys: (string | undefined)[] = [];
  const subjects: Subject[] = [];
  // Bullets and lines met before any heading names what they are about: told once, not guessed.
  const orphans: number[] = [];

  const cite = (line: number): SourceRef => {
    const { subject, section, standalone } = state;
    return {
      file: file.path,
      line,
      section:
        subject && section && !standalone && section !== subject.node.label
          ? `${subject.node.label} › ${section}`
          : (section ?? subject?.node.label ?? title),
    };
  };

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
        relate(claim.from ?? fromRef, claim.kind, claim.to, line, inf, claim.qualifier);
        if (claim.from) out.namedSources.push(out.relations[out.relations.length - 1]!);
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

  const addComponent: NoteContext['addComponent'] = (subj, label, description, line, words, rule, sameAs) => {
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
      ...(description ? { summary: description } : {}),
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

  const ctx: NoteContext = {
    file,
    out,
    state,
    subjects,
    cite,
    newSubject,
    relate,
    target,
    addComponent,
    applyRules,
  };

  /** A heading that names what the lines under it are about: a service, two services, or a concept. */
  const readSubjectHeading = (text: string, line: number) => {
    const question = /^what (?:is|are)\s+(?:an?\s+)?['"‘’]?(.+?)['"‘’]?\s*\?$/i.exec(text);
    if (question) {
      state.subject = newSubject(
        capitalise(question[1]!),
        'component',
        line,
        inferred('question-heading', text),
      );
      state.alsoSubjects = [];
      return;
    }
    const both = slashedServices(text, subjects);
    const named = (both ?? [text]).map((label) =>
      newSubject(label, 'service', line, inferred(both ? SLASHED_HEADING : 'service-heading', text)),
    );
    state.subject = named[0];
    state.alsoSubjects = named.slice(1);
  };

  /** One bullet or line about one subject: a part, a fact, prices, and what the rules read from it. */
  const readLine = (
    subj: Subject,
    block: ItemBlock | TextBlock,
    category: FactCategory,
    parentKey?: string,
  ) => {
    const text = block.text;
    const depth = block.type === 'item' ? block.depth : 0;
    // "- Can run on:" over "- Outposts": the item ends the sentence its parent began.
    const continued =
      !block.key && parentKey && CONTINUED_BY_ITEMS.test(parentKey)
        ? `${parentKey} ${block.value}`
        : undefined;
    const input: RuleInput = { value: continued ?? block.value, text: continued ?? text, category };
    if (block.key) input.key = block.key;
    if (parentKey) input.parentKey = parentKey;
    if (subj.node.kind === 'service')
      input.subjectNames = [subj.short, subj.node.label, ...subj.node.aliases];
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
    if (category === 'pricing' && subj.node.kind === 'service') readPriceLine(ctx, subj, block);
    else applyRules(subj.node.ref, input, block.line, subj);
  };

  /**
   * "External Launch type: Uses ECS Anywhere to host containers On-Prem." after "ECS Launch Type
   * Comparison": the key names one more thing of the kind compared, and the line is about it. The
   * line stays a fact of the comparison too.
   */
  const readComparedKind = (comparison: Subject, block: ItemBlock | TextBlock) => {
    const key = block.key!;
    const words = `${comparison.node.label}: ${key}`;
    // "ECS Launch Type Comparison": the key is one more launch type of ECS.
    const compared = comparedKindOf(subjects, comparison.node.label);
    const other = compared
      ? addOption(ctx, compared, key, block.line, words)
      : newSubject(key, 'component', block.line, inferred(COMPARED_KIND, words));
    other.node.facts.push({ category: 'note', text: block.text, cite: cite(block.line) });
    if (block.text.length > MAX_RULE_LINE) return;
    const input: RuleInput = {
      key,
      value: block.value,
      text: block.text,
      category: 'note',
      subjectNames: [key],
    };
    applyRules(other.node.ref, input, block.line, undefined);
  };

  let headingSeen = false;
  /**
   * Whether the headings after blocks[index] (deeper `#` headings and line-headings, up to the next
   * `#` heading as high as `depth`) are parts of one thing's notes: one of them is a section word, a
   * part of the document, a phrase or a sentence-case title ("Kubernetes review"), or opens with that
   * thing's name. Not when one names a thing of its own and none is such a part ("## EC2", "## IAM"
   * under "# AWS Compute"). Capitalised words ("## Deployment", "## Lambda") could be either: then
   * only a `specific` owner (a service's full name with its acronym, or a note's file name) owns them.
   */
  const headingsArePartsOf = (
    index: number,
    depth: number,
    owner: { short: string; node: { label: string; aliases?: string[] } },
    specific: boolean,
  ): boolean => {
    let own = false;
    for (let i = index + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.type !== 'heading') continue;
      if (depth > 0 && b.depth > 0 && b.depth <= depth) break;
      const role = headingRole(b.text, owner);
      if (role === 'part') return true;
      if (role === 'own') own = true;
    }
    return !own && specific;
  };
  /** The service a note's file name names ("Compute/EKS.md", "1. Amazon VPC.md"), if it reads as a name. */
  const fileSubject = (line: number, index: number): Subject | undefined => {
    const name = noteBaseName(file.path)
      .replace(/^\d+(?:\.\d+)*[.)]?\s+/, '')
      .trim();
    if (!/^[A-Za-z]/.test(name) || (!namesService(name) && !isNameLike(name))) return undefined;
    const subject = newSubject(name, 'service', line, inferred(FILE_NAME_SUBJECT, file.path));
    // A note named by its file is about that one thing: its headings are parts of its notes, unless
    // each of them names a thing of its own.
    // (From the block that opened it: a phrase heading there is one of its parts.)
    owners.push({ subject, depth: 0, strong: headingsArePartsOf(index - 1, 0, subject, true) });
    return subject;
  };
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (block.type === 'rule') return;
    if (block.type === 'heading') {
      const first = !headingSeen;
      headingSeen = true;
      // A heading ends the part a concept heading opened: what follows is its service's again.
      if (partOwner) {
        state.subject = partOwner;
        partOwner = undefined;
      }
      // A `#` heading ends the notes of the services named by headings as high as it or higher.
      if (block.depth > 0) while ((owners.at(-1)?.depth ?? 0) >= block.depth) owners.pop();
      const cat = sectionCategory(block.text);
      if (
        next?.type === 'table' &&
        (isComparisonHeading(block.text) || componentsHeading(block.text) !== undefined)
      ) {
        pendingTable = { heading: block.text, line: block.line };
        // A comparison stands on its own; a components table belongs to the service it names.
        if (isComparisonHeading(block.text)) {
          state.subject = undefined;
          state.alsoSubjects = [];
        }
        state.section = block.text;
        state.standalone = true;
        return;
      }
      if (cat && state.subject) {
        state.standalone = false;
        state.section = block.text;
        sectionCat = cat;
        sectionDepth = block.depth;
        return;
      }
      // "### S3 Key Details" under "## Simple Storage Service (S3)": a part of the service's own
      // notes, however many headings of other things came between.
      // The lines under this heading are about `subject`, a section of it of category `cat`.
      const sectionOf = (subject: Subject, cat: FactCategory | undefined, depth = block.depth) => {
        state.subject = subject;
        state.alsoSubjects = [];
        state.standalone = false;
        state.section = block.text;
        sectionCat = cat;
        sectionDepth = depth;
      };
      // "**Cluster**" or "**Amazon ECS Container Agent**" in the concepts part of ECS's own notes (a
      // `#` heading's), or "### Visibility timeout" under its "## Core Concepts": a heading naming one
      // thing there names a part of the service.
      const owner = owners.at(-1);
      const inConcepts = sectionCat === 'concept' && (block.depth === 0 || block.depth > sectionDepth);
      if (owner && inConcepts && isNameLike(block.text)) {
        if (!namesService(block.text) || ownSection(block.text, owner.subject) !== undefined) {
          const ref = addComponent(owner.subject, block.text, '', block.line, block.text, CONCEPT_HEADING);
          const node = out.components.find((c) => c.tempRef === ref)!.node;
          partOwner = owner.subject;
          state.subject = { node, short: block.text, prices: [] };
          state.alsoSubjects = [];
          bulletsInSubject = 0;
          return;
        }
      }
      for (let i = owners.length - 1; i >= 0; i--) {
        const own = ownSection(block.text, owners[i]!.subject);
        if (own !== undefined) return sectionOf(owners[i]!.subject, sectionCategory(own));
      }
      // "### SSD vs. HDD" under "## Elastic Block Store (EBS)", with no table to read: a comparison
      // the service's notes make, a part of them rather than a service.
      const within = owners.at(-1);
      if (within && block.depth > within.depth && isComparisonHeading(block.text))
        return sectionOf(within.subject, 'note');
      // "## Core knowledge" or "## Deploy docker image to AWS" under "# Amazon Elastic Container
      // Service (ECS)": a heading under a service's own heading that names no other service is a
      // part of its notes. So is a line-heading there ("**Cluster**"), which in a concepts part
      // names a part of the service.
      if (within?.strong && !namesService(block.text) && !isDocumentPart(block.text)) {
        if (block.depth > within.depth) return sectionOf(within.subject, 'note');
        // A line-heading inside a section is a part of that section: it keeps the section's depth.
        if (block.depth === 0) return sectionOf(within.subject, sectionCat ?? 'note', sectionDepth);
      }
      // "## References", "## Table of Contents": a part of the document, about no service; under a
      // service's own heading, a part of its notes.
      if (isDocumentPart(block.text)) {
        if (owners.length > 0 && state.subject) return sectionOf(state.subject, 'note');
        state.subject = undefined;
        state.alsoSubjects = [];
        state.section = undefined;
        state.standalone = false;
        sectionCat = undefined;
        return;
      }
      // A heading over another is a title, unless that one opens its part of this one's notes.
      const opensPart =
        next?.type === 'heading' &&
        next.depth > block.depth &&
        ownSection(next.text, { short: shortName(block.text), node: { label: block.text } }) !== undefined;
      // Whether this `#` heading, naming a service by its vendor or acronym, owns the headings under
      // it (asked at most once: the title test below and the owner pushed after it share the answer).
      let owns: boolean | undefined;
      const ownsBelow = () =>
        (owns ??=
          block.depth > 0 &&
          namesService(block.text) &&
          headingsArePartsOf(
            index,
            block.depth,
            { short: shortName(block.text), node: { label: block.text, aliases: aliasesOf(block.text) } },
            hasAcronym(block.text),
          ));
      // "# Amazon Elastic Container Service (ECS)" over "## General Info": a service's name over a
      // heading that names none opens that service's notes.
      const ownsNext = next?.type === 'heading' && next.depth > block.depth && ownsBelow();
      if (next?.type === 'heading' && !sectionCategory(next.text) && !opensPart && !ownsNext) {
        title = block.text;
        state.subject = undefined;
        state.alsoSubjects = [];
        state.section = undefined;
        return;
      }
      // "What does it do ?", "Much more detailed than normal billing info": a heading that is a
      // phrase, not a name, names no service. Under one, it is a part of its notes; before any, a title.
      if (!/^what (?:is|are)\s/i.test(block.text) && !namesService(block.text) && !isNameLike(block.text)) {
        // "Below are the available services" opening "AWS Relational Database Service.md": the file's.
        const service =
          (state.subject?.node.kind === 'service' ? state.subject : owners.at(-1)?.subject) ??
          (first ? fileSubject(block.line, index) : undefined);
        if (service) return sectionOf(service, sectionCategory(block.text) ?? 'note');
        title = block.text;
        state.subject = undefined;
        state.alsoSubjects = [];
        state.section = undefined;
        return;
      }
      readSubjectHeading(block.text, block.line);
      // A `#` heading's service owns the headings under it that open with its name.
      if (block.depth > 0 && state.subject?.node.kind === 'service' && state.alsoSubjects.length === 0)
        owners.push({
          subject: state.subject,
          depth: block.depth,
          strong: ownsBelow(),
        });
      state.section = block.depth === 0 ? block.text : undefined;
      state.standalone = false;
      sectionCat = undefined;
      bulletsInSubject = 0;
      keys.length = 0;
      return;
    }
    if (block.type === 'table') {
      readTable(ctx, block, pendingTable?.heading);
      pendingTable = undefined;
      return;
    }
    // "EKS.md" that opens with its text, under no heading: the file's name says what it is about.
    if (!state.subject && !headingSeen && block.text) state.subject = fileSubject(block.line, index);
    const subject = state.subject;
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
    if (!block.text) return;
    if (subject.node.kind === 'comparison' && depth === 0 && block.key)
      if (namesComparedKind(subject.node.label, block.key)) readComparedKind(subject, block);
    for (const subj of [subject, ...state.alsoSubjects]) readLine(subj, block, category, parentKey);
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

/**
 * What a heading under another is: a `part` of the notes above it (a section word, a part of the
 * document, a comparison, a phrase, a sentence-case title such as "Kubernetes review", or one that
 * opens with the owner's name), a thing of its `own` (a service's name, or a product's word alone
 * such as "EC2", "IAM" or "CloudWatch"), or `neutral`: capitalised words ("Lambda", "IAM
 * Authentication") are service names in some notes and section titles in others.
 */
function headingRole(
  text: string,
  owner: { short: string; node: { label: string; aliases?: string[] } },
): 'part' | 'own' | 'neutral' {
  if (sectionCategory(text) || isDocumentPart(text) || isComparisonHeading(text)) return 'part';
  if (componentsHeading(text) !== undefined || ownSection(text, owner) !== undefined) return 'part';
  if (namesService(text)) return 'own';
  if (!isNameLike(text)) return 'part';
  const words = text
    .replace(/\s*\([^()]*\)\s*$/, '')
    .trim()
    .split(/\s+/);
  if (words.some((w) => /^[a-z]/.test(w) && !/^(?:of|for|and|or)$/.test(w))) return 'part';
  if (words.length === 1 && /.[A-Z0-9]|^[A-Z0-9]{2,}$/.test(words[0]!)) return 'own';
  return 'neutral';
}
