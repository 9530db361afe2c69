import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../model/text';
import { PART_NOUNS, namedParts } from './service-parts';

/** What one pattern of every name finds: the reference namedParts must agree with. */
function onePattern(text: string, names: string[]) {
  const sorted = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const re = new RegExp(
    String.raw`(?<![\w-])(${sorted.join('|')})\s+(${PART_NOUNS.map(escapeRegExp).join('|')})s?(?![\w-])`,
    'gi',
  );
  return [...text.matchAll(re)].map((m) => ({ name: m[1]!, noun: m[2]!.toLowerCase(), words: m[0] }));
}

const longestFirst = (names: string[]) => [...names].sort((a, b) => b.length - a.length);

describe('namedParts', () => {
  const cases: [string[], string][] = [
    [['ECS'], 'EC2 instance running the ECS  agents, and the ECS console'],
    [['Amazon ECS', 'ECS'], 'the Amazon ecs agent; ECS control plane'],
    [['EKS', 'Amazon EKS'], 'Amazon EKS control planes and EKS data plane'],
    // A name that holds a part noun, or starts with one: the longest wins where two start together,
    // and what one match covers is not matched again.
    [['SSM', 'SSM Agent'], 'Install the SSM Agent console here'],
    [['EKS', 'Console Home'], 'Open EKS Console Home dashboard'],
    [['Kubernetes', 'Kubernetes Dashboard'], 'Kubernetes Dashboard agent'],
    [['ECS'], 'pre-ECS agent, ECS-agent, ECSagent, ECS agentless, ECS cli'],
    [['EKS'], 'no part here'],
  ];

  it.each(cases)('finds what one pattern of every name finds: %j in %j', (names, text) => {
    expect(namedParts(text, longestFirst(names))).toEqual(onePattern(text, names));
  });

  it('names the part as written and cites the words', () => {
    expect(namedParts('Registers clusters to the EKS Console', ['EKS'])).toEqual([
      { name: 'EKS', noun: 'console', words: 'EKS Console' },
    ]);
    expect(namedParts('Install the SSM Agent console here', longestFirst(['SSM', 'SSM Agent']))).toEqual([
      { name: 'SSM Agent', noun: 'console', words: 'SSM Agent console' },
    ]);
  });
});
