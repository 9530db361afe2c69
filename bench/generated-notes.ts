import type { NoteFile } from '../graph-data';
import { seededRandom } from '../graph-data/model/seeded';

/*
 * Generated notes in the two styles users write, for the import benchmarks and the tests that need a
 * large folder: an Obsidian vault (properties, inline fields, wikilinks, tags, embeds) and plain
 * notes written like the seeds. Seeded, so the same n gives the same notes.
 */

const SERVICES = ['ECS', 'EKS', 'Fargate', 'ECR', 'Lambda', 'Batch', 'App Runner', 'Outposts'];
const PROGRAMMES = ['HIPAA', 'PCI DSS', 'GDPR', 'FIPS 140-2', 'SOC 2'];
const PLATFORMS = ['Bare metal', 'VMware vSphere', 'Nutanix', 'AWS Snow'];
const FILLER =
  'These study notes describe how the service behaves in practice, what it costs and where it runs, with the details an exam asks for. ';

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** An Obsidian vault of n notes, about 2 KB each, every one linking to others. */
export function obsidianVault(n: number, seed = 7): NoteFile[] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const links = Array.from({ length: 4 }, () => `[[Note ${Math.floor(rand() * n)}]]`).join(', ');
    const text = [
      '---',
      `aliases: [N${i}]`,
      `tags: [study, aws/${pick(rand, ['compute', 'storage', 'network'])}]`,
      `complies-with: ["[[${pick(rand, PROGRAMMES)}]]"]`,
      '---',
      `# Note ${i}`,
      '',
      `${FILLER.repeat(6)}See ${links}.`,
      '',
      `runs-on:: [[${pick(rand, PLATFORMS)}]]`,
      `Integrates with: [[${pick(rand, SERVICES)}]] and [[Note ${(i + 1) % n}#Costs|the next note]]`,
      '',
      '## Costs',
      '',
      `- Billed per hour #pricing ${FILLER.repeat(2)}`,
      `- An embed: ![[diagram-${i % 50}.png]]`,
      '',
      FILLER.repeat(3),
      '',
    ].join('\n');
    return { path: `folder-${i % 20}/Note ${i}.md`, text };
  });
}

/** Plain notes like the seeds: a service per note with keyed bullets, compliance and a price. */
export function plainNotes(n: number, seed = 11): NoteFile[] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const text = [
      `### **Amazon Study Service ${i}**`,
      '',
      '### **Overview**',
      '',
      `- **Definition**: A managed service number ${i} that runs containers. ${FILLER.repeat(3)}`,
      '- **Key Features**:',
      `    - Integrates with CloudWatch, IAM, ${pick(rand, SERVICES)}.`,
      `    - Runs on ${pick(rand, PLATFORMS)}.`,
      `- **Use Cases**: Batch jobs, ${FILLER.repeat(2)}`,
      '',
      '### **Security**',
      '',
      `- **Compliance**: ${pick(rand, PROGRAMMES)}, ${pick(rand, PROGRAMMES)}.`,
      '',
      '### **Cost Optimization**',
      '',
      `- **Pricing**: $0.0${1 + (i % 9)}/hour per instance (us-east-1).`,
      `- **Strategies**: ${FILLER.repeat(2)}`,
      '',
    ].join('\n');
    return { path: `notes/service-${i}.txt`, text };
  });
}
