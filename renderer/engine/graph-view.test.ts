import { describe, expect, it } from 'vitest';
import { smallGraph } from '../../graph-data/test/fixtures';
import { EMPTY_FILTERS } from '../state/store';
import { graphView } from './graph-view';
import { loadedGraph } from './loaded-graph';

/*
 * The small test notes: EKS Anywhere (built on EKS Distro, runs on vSphere), EKS Distro and ECS, all
 * three complying with HIPAA (the two EKS also with FIPS), ECS billed by the Fargate vCPU-hour. ECS's
 * HIPAA relation is marked inferred here, as a reader of plain notes would mark it.
 */
const base = smallGraph();
const graph = {
  ...base,
  edges: base.edges.map((e) =>
    e.source === 'ecs' && e.kind === 'complies-with'
      ? { ...e, inferred: { rule: 'test', words: 'HIPAA' } }
      : e,
  ),
};
const data = loadedGraph(graph);
const only = (...edgeKinds: string[]) => ({ ...EMPTY_FILTERS, edgeKinds });
const sorted = (s: Set<string>) => [...s].sort();
const ALL = graph.nodes.length;

describe('graphView: relation kinds and orphans', () => {
  it('shows every node when no relation kind is chosen', () => {
    expect(graphView(data, EMPTY_FILTERS, null).visibleNodes.size).toBe(ALL);
  });

  it('hides the nodes a relation-kind filter leaves without any shown relation', () => {
    const view = graphView(data, only('runs-on'), null);
    expect(sorted(view.visibleNodes)).toEqual(['eks-anywhere', 'vsphere']);
    expect(view.visibleEdges.size).toBe(1);
    expect(sorted(graphView(data, only('complies-with'), null).visibleNodes)).toEqual([
      'ecs',
      'eks-anywhere',
      'eks-distro',
      'fips',
      'hipaa',
    ]);
  });

  it('keeps them when asked to', () => {
    const view = graphView(data, only('runs-on'), null, false, true);
    expect(view.visibleNodes.size).toBe(ALL);
    expect(view.visibleEdges.size).toBe(1);
  });

  it('counts only relations that are drawn: a hidden inferred one or a hidden end leaves an orphan', () => {
    expect(graphView(data, only('complies-with'), null, true).visibleNodes.has('ecs')).toBe(false);
    const noCompliance = { ...only('complies-with', 'runs-on'), nodeKinds: ['service', 'platform'] };
    expect(sorted(graphView(data, noCompliance, null).visibleNodes)).toEqual(['eks-anywhere', 'vsphere']);
  });

  it('keeps the focus centre even when none of its relations is shown', () => {
    const view = graphView(data, only('runs-on'), { node: 'fargate-vcpu', depth: 1 });
    expect(sorted(view.visibleNodes)).toEqual(['fargate-vcpu']);
  });

  it('leaves orphans alone when only inferred relations are hidden', () => {
    expect(graphView(data, EMPTY_FILTERS, null, true).visibleNodes.size).toBe(ALL);
  });
});
