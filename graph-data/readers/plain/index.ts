import { isTourNote } from '../typed/detect';
import type { Draft, DraftNode, DraftRelation, NoteFile } from '../draft';
import { normalise, shortName, singular } from './names';
import { SLASHED_HEADING } from './headings';
import { dropBroader } from './overlaps';
import { partLabel, partNoun, servicePartsNamed } from './service-parts';
import { UPDATE_RULE } from './rules/features';
import { readNote, type PendingComponent, type PricePrefix } from './read-note';
import { bareNode } from './reading';
import { COMPARED_OPTION, type ComparedOption } from './compared-options';
import { isComputeName, isPlatformName } from './rules/runs-on';

/*
 * The reader for plain notes written like the seeds (Markdown or .txt): headings or heading-like
 * lines name services, `Key: value` bullets and tables under them become categorised facts, and small
 * named rules (./rules) read typed relations from the words. Every node and relation the reader makes
 * is marked `inferred` with the rule and the words, and cited to file, line and section.
 */

const nameKey = (s: string) => singular(normalise(s));

/** Reads plain notes into one Draft: services met in several files are one node; names are kept as written. */
export function readPlainNotes(files: NoteFile[]): Draft {
  const nodes: DraftNode[] = [];
  const relations: DraftRelation[] = [];
  const components: PendingComponent[] = [];
  const prefixes: PricePrefix[] = [];
  const options: ComparedOption[] = [];
  const problems: Draft['problems'] = [];
  const namedSources = new Set<DraftRelation>();
  // A typed-format tour (front matter opening with `tour:`) is not a note; the compiler reads it.
  const notes = files.filter((f) => !isTourNote(f.text));
  for (const file of notes) {
    try {
      const r = readNote(file);
      nodes.push(...r.nodes);
      relations.push(...r.relations);
      components.push(...r.components);
      prefixes.push(...r.pricePrefixes);
      options.push(...r.options);
      problems.push(...r.problems);
      r.namedSources.forEach((x) => namedSources.add(x));
    } catch (err) {
      problems.push({
        file: file.path,
        severity: 'error',
        message: `${file.path}: could not be read as a plain note (${(err as Error).message})`,
        fix: 'check the file is text; the other files were still read',
      });
    }
  }
  nameFeaturesApartFromUseCases(nodes, relations);
  const rename = new Map<string, string>();
  const byName = new Map<string, DraftNode>();
  const kept: DraftNode[] = [];
  // Services and other headed subjects first, so that a bare mention ("ECS") joins the service.
  const order = (n: DraftNode) =>
    n.inferred?.rule === 'service-heading' || n.inferred?.rule === SLASHED_HEADING
      ? 0
      : n.kind === 'comparison'
        ? 1
        : 2;
  for (const node of [...nodes].sort((a, b) => order(a) - order(b))) {
    const names = [node.ref, node.label, ...node.aliases].map(nameKey).filter(Boolean);
    const same = node.kind === 'comparison' ? undefined : names.map((k) => byName.get(k)).find(Boolean);
    if (same && (same.kind === node.kind || order(node) === 2)) {
      rename.set(node.ref, same.ref);
      if (order(node) === 0) mergeInto(same, node);
      continue;
    }
    kept.push(node);
    for (const k of names) if (!byName.has(k)) byName.set(k, node);
  }
  const canon = (ref: string) => rename.get(ref) ?? byName.get(nameKey(ref))?.ref ?? ref;

  // Components: named as the note names them, unless two services have one of the same name.
  // "Task Definitions: Same as ECS" under ECS Anywhere is ECS's task definition: one node, ECS's.
  const sameAsService = (c: PendingComponent) => {
    const svc = c.sameAs ? byName.get(nameKey(c.sameAs)) : undefined;
    return svc?.kind === 'service' && svc.ref !== canon(c.subjectRef) ? svc : undefined;
  };
  const ownerOf = (c: PendingComponent) => sameAsService(c)?.ref ?? canon(c.subjectRef);
  const shortOf = (c: PendingComponent) => {
    const svc = sameAsService(c);
    return svc ? shortName(svc.label) : c.subjectShort;
  };
  const owners = new Map<string, Set<string>>();
  for (const c of components) {
    const k = nameKey(c.node.label);
    owners.set(k, (owners.get(k) ?? new Set()).add(ownerOf(c)));
  }
  const compByRef = new Map<string, DraftNode>();
  // "Supports image scanning" beside a Core Concepts "Image Scanning": what the service is said to
  // support is a capability, so one node, the feature, which the Core Concepts entry explains.
  const featureOf = new Map<string, DraftNode>();
  for (const r of relations) {
    const f = r.kind === 'has-feature' ? byName.get(nameKey(r.to)) : undefined;
    if (f?.kind === 'feature') featureOf.set(`${canon(r.from)}\u0001${nameKey(f.label)}`, f);
  }
  const folded = new Set<string>();
  for (const c of components) {
    const feature = featureOf.get(`${canon(c.subjectRef)}\u0001${nameKey(c.node.label)}`);
    if (feature) {
      feature.facts.push(...c.node.facts);
      feature.summary ??= c.node.summary;
      rename.set(c.tempRef, feature.ref);
      folded.add(c.tempRef);
      continue;
    }
    const shared = (owners.get(nameKey(c.node.label))?.size ?? 0) > 1;
    const short = shortOf(c);
    // "Amazon ECS Container Agent" already says whose it is: no "ECS" in front.
    const qualified = ` ${normalise(c.node.label)} `.includes(` ${normalise(short)} `)
      ? c.node.label
      : `${short} ${c.node.label}`;
    const ref = shared ? qualified : c.node.label;
    const existing =
      compByRef.get(nameKey(ref)) ??
      (byName.get(nameKey(ref))?.kind === 'component' ? byName.get(nameKey(ref)) : undefined);
    if (existing) {
      existing.facts.push(...c.node.facts);
      rename.set(c.tempRef, existing.ref);
      continue;
    }
    // Two services' "Cluster"s are two nodes: the shared name is said with the service's ("ECS Cluster").
    const node: DraftNode = {
      ...c.node,
      ref,
      label: ref,
      // The bare name is no alias then: it names two nodes.
      aliases: shared || qualified === ref ? [] : [qualified],
    };
    if (singular(node.label) !== node.label && /s$/.test(node.label)) node.aliases.push(singular(node.label));
    compByRef.set(nameKey(ref), node);
    rename.set(c.tempRef, ref);
    kept.push(node);
  }

  const out: DraftRelation[] = [];
  const seen = new Set<string>();
  const push = (r: DraftRelation) => {
    const rel = { ...r, from: canon(r.from), to: canon(r.to) };
    if (rel.from === rel.to) return;
    const key = `${rel.from}\u0001${rel.kind}\u0001${rel.to}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(rel);
  };
  // "Updates: Enhanced EKS Connector for console visibility" under a service whose concepts list the
  // EKS Connector is news about that part, not a new feature: the line stays a fact.
  const partsOf = new Map<string, string[]>();
  for (const c of components) {
    const owner = canon(c.subjectRef);
    partsOf.set(owner, [...(partsOf.get(owner) ?? []), normalise(singular(c.node.label))]);
  }
  const aboutPart = (r: DraftRelation) =>
    r.inferred?.rule === UPDATE_RULE &&
    (partsOf.get(canon(r.from)) ?? []).some((p) => ` ${normalise(singular(r.to))} `.includes(` ${p} `));
  const news = new Set(relations.filter(aboutPart).map((r) => r.to));
  for (const ref of news) {
    if (relations.some((r) => r.to === ref && !aboutPart(r))) continue;
    const i = kept.findIndex((n) => n.ref === ref && n.kind === 'feature');
    if (i >= 0) kept.splice(i, 1);
  }
  // "Run microservices with Fargate": a relation from a node the line names, kept if the notes describe it.
  const described = new Set(kept.map((n) => n.ref));
  const unnamed = (r: DraftRelation) => namedSources.has(r) && !described.has(canon(r.from));
  relations
    .filter((r) => !(r.kind === 'has-component' && folded.has(r.to)) && !aboutPart(r) && !unnamed(r))
    .forEach(push);
  // "Fargate: $0.04048/vCPU-hour" under ECS: the prefix names a service the notes describe, which is billed too.
  // "$0.01025/hour per external instance", "Enterprise Subscriptions: Contact AWS": the words name a
  // part or feature of the service the line is under, which that price bills.
  // Under its service's own heading a note drops the service's name: "Public:" prices "Public ECR".
  const partsNamed = new Map<string, string>();
  const namePart = (owner: string, label: string, ref: string) => {
    for (const name of [
      label,
      withoutOwnName(
        label,
        kept.find((n) => n.ref === owner),
      ),
    ])
      if (name && !partsNamed.has(`${owner}\u0001${nameKey(name)}`))
        partsNamed.set(`${owner}\u0001${nameKey(name)}`, ref);
  };
  for (const c of components) namePart(canon(c.subjectRef), c.node.label, canon(c.tempRef));
  // "Fargate: $0.04048/vCPU-hour" under ECS bills ECS's Fargate launch type too.
  for (const o of options) namePart(canon(o.ownerRef), o.name, canon(o.ref));
  for (const r of out)
    if (r.kind === 'has-feature' || r.kind === 'has-component') namePart(r.from, r.to, r.to);
  const keptByRef = new Map(kept.map((n) => [n.ref, n] as const));
  for (const p of prefixes) {
    const svc = p.per ? undefined : byName.get(nameKey(p.prefix));
    const part = partsNamed.get(`${canon(p.subjectRef)}\u0001${nameKey(p.prefix)}`);
    if (svc?.kind === 'service')
      push({
        from: svc.ref,
        to: p.priceRef,
        kind: 'priced-by',
        cite: p.cite,
        inferred: { rule: 'price-prefix-names-service', words: p.prefix },
      });
    if (part)
      push({
        from: part,
        to: p.priceRef,
        kind: 'priced-by',
        cite: p.cite,
        inferred: { rule: 'price-names-part', words: p.per ? `per ${p.prefix}` : p.prefix },
      });
    else if (svc?.kind !== 'service') {
      // "Control plane: $0.10/hour" under EKS: a part noun alone, under its service, is that
      // service's part ("EKS control plane", as service-part-name names it), which the price bills.
      const noun = p.per ? undefined : partNoun(p.prefix);
      const owner = noun ? keptByRef.get(canon(p.subjectRef)) : undefined;
      if (!noun || owner?.kind !== 'service') continue;
      const label = partLabel(shortName(owner.label), noun);
      const inf = { rule: PRICED_PART, words: p.prefix };
      const known = byName.get(nameKey(label));
      let node = compByRef.get(nameKey(label)) ?? (known?.kind === 'component' ? known : undefined);
      if (!node) {
        node = bareNode({ ref: label, kind: 'component', label, cite: p.cite, inferred: inf });
        compByRef.set(nameKey(label), node);
        kept.push(node);
      }
      push({ from: owner.ref, to: node.ref, kind: 'has-component', cite: p.cite, inferred: inf });
      push({ from: node.ref, to: p.priceRef, kind: 'priced-by', cite: p.cite, inferred: inf });
    }
  }
  relateOptions(options, canon, byName, kept).forEach(push);
  const named = servicePartsNamed(
    kept,
    (label) => compByRef.get(nameKey(label)) ?? byName.get(nameKey(label)),
  );
  kept.push(...named.nodes);
  named.relations.forEach(push);
  for (const n of kept)
    if (n.comparison) n.comparison = { ...n.comparison, subjects: n.comparison.subjects.map(canon) };
  return { nodes: kept, relations: dropBroader(out), problems, files: notes.map((f) => f.path) };
}

/**
 * What an option's name names: the service that provides it ("Fargate launch type" -> AWS Fargate,
 * when the notes describe Fargate as a service), or the machine or platform it runs on ("EC2 launch
 * type" -> EC2). Adds the platform's node when no note has named it yet.
 */
function relateOptions(
  options: ComparedOption[],
  canon: (ref: string) => string,
  byName: Map<string, DraftNode>,
  kept: DraftNode[],
): DraftRelation[] {
  const out: DraftRelation[] = [];
  for (const o of options) {
    const named = byName.get(nameKey(o.name));
    const inferred = { rule: COMPARED_OPTION, words: o.words };
    const from = canon(o.ref);
    if (named?.kind === 'service') {
      out.push({ from, to: named.ref, kind: 'provided-by', cite: o.cite, inferred });
      continue;
    }
    // A name the notes give another kind of node ("EC2" as an integration) is not claimed as a place.
    if ((named && named.kind !== 'platform') || (!isComputeName(o.name) && !isPlatformName(o.name))) continue;
    let platform = named;
    if (!platform) {
      platform = bareNode({ ref: o.name, kind: 'platform', label: o.name, cite: o.cite, inferred });
      byName.set(nameKey(o.name), platform);
      kept.push(platform);
    }
    out.push({ from, to: platform.ref, kind: 'runs-on', cite: o.cite, inferred });
  }
  return out;
}

/** The rule that reads a price under a part noun alone ("Control plane:") as billing the service's part. */
export const PRICED_PART = 'price-names-service-part';

/** The rule that names a feature after its service when a use case of the notes has its name. */
export const FEATURE_OF_SERVICE = 'feature-named-by-service';

/** The rule that reads a capability named for a job the notes list as serving that job. */
export const FEATURE_FOR_USE_CASE = 'feature-named-for-use-case';

/**
 * "Batch Processing allows you to plan, schedule and execute batch workloads" under EKS, where
 * another line lists the use case "batch processing": the capability and the job are two things of
 * one name, and a name is one node. The feature is then named after its service, "Batch Processing
 * (EKS)", as the use case keeps the bare name; and since the line says the capability is that job's
 * name, the feature and its service are suited for the job (cited to the feature's line). Changes
 * the feature nodes and their has-feature relations in place, and adds the suited-for relations.
 */
function nameFeaturesApartFromUseCases(nodes: DraftNode[], relations: DraftRelation[]): void {
  const useCaseOf = new Map<string, DraftNode>();
  for (const n of nodes)
    if (n.kind === 'use-case')
      for (const k of [n.label, ...n.aliases].map(nameKey)) if (!useCaseOf.has(k)) useCaseOf.set(k, n);
  if (useCaseOf.size === 0) return;
  const clash = (n: DraftNode) => n.kind === 'feature' && useCaseOf.has(nameKey(n.label));
  const features = new Map<string, DraftNode>();
  for (const n of nodes) if (clash(n)) features.set(n.ref, n);
  if (features.size === 0) return;
  const owners = new Map(nodes.filter((n) => n.kind === 'service').map((n) => [n.ref, n] as const));
  const named = new Set<string>();
  const added: DraftRelation[] = [];
  for (const r of relations) {
    const feature = r.kind === 'has-feature' ? features.get(r.to) : undefined;
    const owner = owners.get(r.from);
    if (!feature || !owner) continue;
    const useCase = useCaseOf.get(nameKey(feature.label))!;
    const short = shortName(owner.label);
    const label = `${feature.label} (${short})`;
    r.to = label;
    const inferred = { rule: FEATURE_FOR_USE_CASE, words: r.inferred?.words ?? feature.label };
    for (const from of [label, owner.ref])
      added.push({ from, to: useCase.ref, kind: 'suited-for', cite: r.cite, inferred });
    if (named.has(label)) continue;
    named.add(label);
    nodes.push({
      ...feature,
      ref: label,
      label,
      // Not aliasesOf(label): "(EKS)" would make the service's own name another name of the feature.
      aliases: [`${short} ${feature.label}`],
      inferred: { rule: FEATURE_OF_SERVICE, words: `${feature.inferred?.words ?? feature.label} (${short})` },
    });
  }
  relations.push(...added);
  // The bare-named feature nodes are the use case's name now: left out when no relation still names them.
  const stillNamed = new Set(relations.filter((r) => r.kind === 'has-feature').map((r) => r.to));
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (clash(n) && features.has(n.ref) && !stillNamed.has(n.ref)) nodes.splice(i, 1);
  }
}

/** "Public ECR" under ECR -> "Public"; "ECS Cluster" -> "Cluster"; undefined when the label does not carry its owner's name. */
function withoutOwnName(label: string, owner: DraftNode | undefined): string | undefined {
  if (owner?.kind !== 'service') return undefined;
  const l = label.toLowerCase();
  for (const own of [shortName(owner.label), owner.label, ...owner.aliases].map((n) => n.toLowerCase())) {
    if (l.startsWith(`${own} `)) return label.slice(own.length + 1);
    if (l.endsWith(` ${own}`)) return label.slice(0, -own.length - 1);
  }
  return undefined;
}

function mergeInto(into: DraftNode, from: DraftNode): void {
  for (const a of [from.label, ...from.aliases])
    if (a !== into.label && !into.aliases.includes(a)) into.aliases.push(a);
  into.facts.push(...from.facts);
  for (const h of from.hosting) if (!into.hosting.some((x) => x.value === h.value)) into.hosting.push(h);
  for (const o of from.orchestrator)
    if (!into.orchestrator.some((x) => x.value === o.value)) into.orchestrator.push(o);
  if (from.examples?.length) into.examples = [...(into.examples ?? []), ...from.examples];
  if (from.attributes) into.attributes = { ...from.attributes, ...into.attributes };
}
