import type { Price, PriceUnit } from '../../../model/schema';
import { splitList } from '../names';

/** A price read from one pricing line, with the words that describe what is billed ("storage"). */
export interface PriceFound {
  price: Price;
  /** What the note says is billed, beside the unit: "storage", "data transfer out". */
  what: string;
  words: string;
}

const REGION = /\b((?:us|eu|ap|sa|ca|me|af|il|mx)(?:-gov)?-[a-z]+-\d)\b/;

/** The known unit a written unit means, or 'other'. `per` is a "per external instance" after it. */
export function unitOf(written: string, per = '', what = ''): PriceUnit {
  const u = written.toLowerCase().replace(/\s+/g, '');
  if (u === 'gb-month' || u === 'gb/month' || u === 'gb-mo') return 'gb-month';
  if (u === 'vcpu-hour' || u === 'vcpu/hour') return 'vcpu-hour';
  if (u === 'gb-hour' || u === 'gb/hour') return 'gb-hour';
  if (u === 'instance-hour' || u === 'instance/hour') return 'instance-hour';
  if (u === 'cluster-hour' || u === 'cluster/hour') return 'cluster-hour';
  if (u === 'gb' && /\btransfer|\bout\b|\begress/i.test(`${what} ${per}`)) return 'gb-transferred';
  if (u === 'hour' && /\b(?:instance|node|server|host)s?\b/i.test(per)) return 'instance-hour';
  if (u === 'hour' && /\bclusters?\b/i.test(per)) return 'cluster-hour';
  return 'other';
}

/** One "$0.10/GB-month storage" or "$0.20 per 1M requests" piece. */
function perUnit(piece: string, region: string | undefined): PriceFound | undefined {
  const m = /\$\s?(\d[\d,]*(?:\.\d+)?|\.\d+)(.*)$/.exec(piece);
  if (!m) return undefined;
  const amount = Number(m[1]!.replace(/,/g, ''));
  if (!Number.isFinite(amount)) return undefined;
  // "(~$72/month)" restates the price per month; other brackets are remarks.
  let rest = m[2]!
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;]+$/, '');
  let written: string;
  let per = '';
  const slash = /^\/\s*([^\s,]+)\s*(.*)$/.exec(rest);
  if (slash) {
    written = slash[1]!;
    rest = slash[2]!;
    const p = /\bper\s+(.+)$/i.exec(rest);
    if (p) {
      per = p[1]!;
      rest = rest.slice(0, p.index).trim();
    }
  } else {
    const p = /^per\s+(.+?)(?:\s+(?:for|of)\s+(.+))?$/i.exec(rest);
    if (!p) return undefined;
    written = p[1]!;
    rest = p[2] ?? '';
  }
  const unit = unitOf(written, per, rest);
  const unitText = [written, per ? `per ${per}` : ''].filter(Boolean).join(' ');
  return {
    price: {
      model: 'per-unit',
      amount,
      currency: 'USD',
      unit,
      unitText,
      ...(region ? { region } : {}),
    },
    what: rest,
    words: piece.trim(),
  };
}

/**
 * Reads the prices on one pricing line: "$0.10/GB-month storage, $0.09/GB data transfer out",
 * "$0.01025/hour per external instance (us-east-1)", "Free up to 50 GB/month", "Contact AWS for
 * pricing", "Pay for instances". Units outside the known list are kept in the note's words.
 */
export function readPrices(value: string): PriceFound[] {
  const text = value.trim();
  if (!text) return [];
  const region = REGION.exec(text)?.[1];
  if (text.includes('$')) {
    const pieces = splitList(text.replace(/\(~[^()]*\)/g, '')).filter((p) => p.includes('$'));
    return pieces.flatMap((p) => perUnit(p, region) ?? []);
  }
  const base = { currency: 'USD' as const, unit: 'none' as const };
  const free = /^free\b(.*)$/i.exec(text);
  if (free) {
    const tier = /\b(up to .+)$/i.exec(free[1]!)?.[1]?.replace(/\.$/, '');
    return [
      {
        price: {
          ...base,
          model: 'free',
          ...(tier ? { freeTier: tier[0]!.toUpperCase() + tier.slice(1) } : {}),
        },
        what: '',
        words: text,
      },
    ];
  }
  if (/\bcontact\b/i.test(text))
    return [{ price: { ...base, model: 'contact-sales' }, what: '', words: text }];
  if (/\bpay for\b|\bcosts?\.?$|\bunderlying\b|\bbilled for the\b/i.test(text))
    return [{ price: { ...base, model: 'underlying-resources' }, what: '', words: text }];
  return [];
}
