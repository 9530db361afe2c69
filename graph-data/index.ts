/** The public surface of graph-data: the model, compiler, search, queries, pricing and exports. */
export * from './model/kinds';
export * from './model/vocabulary';
export * from './model/schema';
export * from './model/graph-index';
export * from './model/sentences';
export * from './model/suggest';
export * from './compile/compile';
export * from './compile/errors';
export * from './search/search-index';
export * from './queries/neighbourhood';
export * from './queries/shortest-path';
export * from './queries/facet-filter';
export * from './queries/compare';
export * from './pricing/estimate';
export * from './export/json-export';
export * from './export/graphml-export';
export * from './export/cypher-export';
