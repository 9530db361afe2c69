import type { TableBlock } from './outline';
import { addOption, comparedKindOf, optionLabel, type ComparedKind } from './compared-options';
import { findSubject, inferred, type NoteContext } from './reading';
import type { RuleInput } from './rules/types';
import { keyWord } from './rules/types';
import { useCasesRule } from './rules/use-cases';
import { componentsHeading, sameAsName } from './sections';

/**
 * Reads one table: a components table ("ECS Key Components", or a first column headed Component)
 * gives parts of the service it names, each row read as a Core Concepts bullet is; any other table
 * is a comparison, whose rows (or columns, in a header-less table) are the things compared.
 */
export function readTable(ctx: NoteContext, table: TableBlock, heading: string | undefined): void {
  const { state } = ctx;
  const compHeading = heading !== undefined ? componentsHeading(heading) : undefined;
  const firstHeader = keyWord(table.header[0]);
  if (compHeading !== undefined || /^(?:component|concept|term|resource|part)s?$/.test(firstHeader)) {
    const named = compHeading ? findSubject(ctx.subjects, compHeading) : undefined;
    const owner = named ?? state.subject;
    if (!owner) return;
    if (owner !== state.subject) state.alsoSubjects = [];
    state.subject = owner;
    table.rows.forEach((row, i) => {
      const [name, ...rest] = row;
      if (!name) return;
      const line = table.rowLines[i] ?? table.line;
      const value = rest.join(' ');
      const ref = ctx.addComponent(
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
        ctx.applyRules(
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
  const named = rowsAreSubjects ? table.rows.map((r) => r[0] ?? '') : table.header;
  const aspects = rowsAreSubjects
    ? table.header
        .slice(1)
        .map((h, c) => ({ label: h || `Column ${c + 2}`, values: table.rows.map((r) => r[c + 1] ?? '') }))
    : table.rows.map((r, i) => ({ label: `Point ${i + 1}`, values: r }));
  const inf = inferred('comparison-table', `${label}: ${named.join(' | ')}`);
  state.section = heading ?? state.section;
  // "ECS Launch Type Comparison" of EC2 and Fargate compares ECS's EC2 and Fargate launch types.
  const compared = heading ? comparedKindOf(ctx.subjects, heading) : undefined;
  const subjectsOf = compared
    ? named.map((name, i) => (name ? readOption(ctx, table, compared, name, i, rowsAreSubjects) : name))
    : named;
  const comparison = ctx.newSubject(label, 'comparison', table.line, inf);
  comparison.node.ref = `${label} (${ctx.file.path})`;
  comparison.node.comparison = { subjects: subjectsOf, aspects };
  for (const s of subjectsOf) if (s) ctx.relate(comparison.node.ref, 'compares', s, table.line, inf);
  if (rowsAreSubjects) table.rows.forEach((row, i) => readComparisonRow(ctx, table, row, i, subjectsOf[i]));
  state.subject = comparison;
  state.alsoSubjects = [];
}

/**
 * One row of a comparison whose rows are the things compared: its use cases, and its cells as
 * attributes. `ref` is what the row compares: its name, or the option it names ("gp3 class").
 */
function readComparisonRow(
  ctx: NoteContext,
  table: TableBlock,
  row: string[],
  i: number,
  ref: string | undefined,
): void {
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
      const ci = inferred(claim.rule ?? useCasesRule.name, `${name} | ${claim.words}`);
      ctx.target(claim.to, claim.toKind, line, ci);
      ctx.relate(ref || name, claim.kind, claim.to, line, ci, claim.qualifier);
    }
    const rowSubject = findSubject(ctx.subjects, name);
    if (rowSubject) {
      const attr = h
        .replace(/\s+(\w)/g, (_, ch: string) => ch.toUpperCase())
        .replace(/^\w/, (ch) => ch.toLowerCase());
      rowSubject.node.attributes = { ...rowSubject.node.attributes, [attr]: cell };
    }
  });
}

/**
 * One thing a "<Service> <kind> Comparison" compares, as that service's option ("EC2" in "ECS Launch
 * Type Comparison" -> "EC2 launch type"), with what the table says of it as its facts: its column in
 * a header-less table, its row otherwise. Returns the option's ref.
 */
function readOption(
  ctx: NoteContext,
  table: TableBlock,
  compared: ComparedKind,
  name: string,
  index: number,
  rowsAreSubjects: boolean,
): string {
  const label = optionLabel(name, compared.kind);
  const line = (rowsAreSubjects ? table.rowLines[index] : undefined) ?? table.line;
  const option = addOption(ctx, compared, label, line, `${ctx.state.section ?? 'Comparison'}: ${name}`);
  const facts = rowsAreSubjects
    ? table.header.slice(1).flatMap((h, c) => {
        const cell = table.rows[index]?.[c + 1];
        return cell ? [{ text: h ? `${h}: ${cell}` : cell, line }] : [];
      })
    : table.rows.map((r, i) => ({ text: r[index] ?? '', line: table.rowLines[i] ?? table.line }));
  for (const f of facts)
    if (f.text) option.node.facts.push({ category: 'concept', text: f.text, cite: ctx.cite(f.line) });
  return option.node.ref;
}
