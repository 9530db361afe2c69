import type { Graph, GraphEdge, GraphNode } from '../../graph-data';

/*
 * Small graphs the end-to-end tests load at run time through window.atlasEngine.load, so that the
 * UI is tried on graphs other than the built-in one. Written for the tests; not study material.
 */

const cite = { note: 'fixture', section: 'Fixture' };

function node(id: string, kind: GraphNode['kind'], label: string, extra: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    kind,
    label,
    aliases: [],
    summary: `${label}, a node of the fixture graph.`,
    description: '',
    cite,
    attributes: {},
    hosting: [],
    orchestrator: [],
    facts: [{ category: 'definition', text: `${label} is part of the test fixture.`, cite }],
    examples: [],
    file: 'fixture.md',
    ...extra,
  };
}

function edge(source: string, kind: string, target: string): GraphEdge {
  return { id: `${source}:${kind}:${target}`, source, target, kind, cite };
}

/** Four services' worth of a made-up serverless stack: nothing here is in the built-in graph. */
export const SERVERLESS: Graph = {
  sources: { fixture: { file: 'fixture.md', title: 'Fixture notes' } },
  nodes: [
    node('lambda', 'service', 'AWS Lambda', { aliases: ['Lambda'] }),
    node('step-functions', 'service', 'AWS Step Functions'),
    node('api-gateway', 'service', 'Amazon API Gateway'),
    node('dynamodb', 'integration', 'Amazon DynamoDB'),
    node('hipaa', 'compliance', 'HIPAA'),
  ],
  edges: [
    edge('step-functions', 'uses', 'lambda'),
    edge('api-gateway', 'integrates-with', 'lambda'),
    edge('lambda', 'stores-in', 'dynamodb'),
    edge('lambda', 'complies-with', 'hipaa'),
    edge('step-functions', 'orchestrates', 'lambda'),
  ],
};

/** A graph the engine must refuse: a relation to a node that is not there. */
export const DANGLING = {
  ...SERVERLESS,
  edges: [...SERVERLESS.edges, edge('lambda', 'uses', 'nowhere')],
};
