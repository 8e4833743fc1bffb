import { describe, expect, it } from 'vitest';
import { classifyAskTell } from './askTell.js';
import { ASK_TELL_CORPUS, type AskTell, type LabelledCoachingSentence } from './askTellCorpus.js';
import { ASK_TELL_HELD_OUT } from './askTellHeldOut.js';
import { ASK_TELL_HELD_OUT_INDEPENDENT } from './askTellHeldOutIndependent.js';

interface Measured {
  size: number;
  asks: number;
  /** Of the sentences read as questions, the share that are questions. */
  precision: number;
  /** Of the questions, the share read as questions. */
  recall: number;
  tellPrecision: number;
  tellRecall: number;
  accuracy: number;
  misses: string[];
}

function measure(sentences: readonly LabelledCoachingSentence[]): Measured {
  const count = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const misses: string[] = [];
  for (const { text, expected } of sentences) {
    const got: AskTell = classifyAskTell(text);
    if (got === 'ask' && expected === 'ask') count.tp += 1;
    if (got === 'ask' && expected === 'tell') count.fp += 1;
    if (got === 'tell' && expected === 'ask') count.fn += 1;
    if (got === 'tell' && expected === 'tell') count.tn += 1;
    if (got !== expected) misses.push(`expected ${expected}, read ${got}: ${text}`);
  }
  return {
    size: sentences.length,
    asks: sentences.filter((s) => s.expected === 'ask').length,
    precision: count.tp / (count.tp + count.fp),
    recall: count.tp / (count.tp + count.fn),
    tellPrecision: count.tn / (count.tn + count.fn),
    tellRecall: count.tn / (count.tn + count.fp),
    accuracy: (count.tp + count.tn) / sentences.length,
    misses,
  };
}

describe('ask/tell classifier against the independent held-out set', () => {
  // Written from the labelling rule alone, without reading the classifier or the other sets; never tuned on.
  const seen = new Set([...ASK_TELL_CORPUS, ...ASK_TELL_HELD_OUT].map((s) => s.text.toLowerCase()));
  const unseen = ASK_TELL_HELD_OUT_INDEPENDENT.filter((s) => !seen.has(s.text.toLowerCase()));

  it('has 120 sentences, half of each label, and few that the other sets happen to hold too', () => {
    const asks = ASK_TELL_HELD_OUT_INDEPENDENT.filter((s) => s.expected === 'ask').length;
    expect(ASK_TELL_HELD_OUT_INDEPENDENT).toHaveLength(120);
    expect(asks).toBe(60);
    // Stock phrases ("Say more about that.") recur by chance; they are left out of the figures below.
    expect(unseen.length).toBeGreaterThanOrEqual(110);
  });

  it('keeps precision, recall and accuracy at or above the floors measured when the set was written', () => {
    const m = measure(unseen);
    const left = ASK_TELL_HELD_OUT_INDEPENDENT.length - unseen.length;
    console.log(
      `ask/tell classifier, independent held-out set (${left} also in training or held-out left out): n=${m.size} (${m.asks} ask, ${m.size - m.asks} tell) ` +
        `ask precision=${m.precision.toFixed(3)} recall=${m.recall.toFixed(3)}; ` +
        `tell precision=${m.tellPrecision.toFixed(3)} recall=${m.tellRecall.toFixed(3)}; ` +
        `accuracy=${m.accuracy.toFixed(3)}`,
    );
    if (m.misses.length > 0) {
      console.log(`ask/tell classifier, independent held-out set misses:\n  ${m.misses.join('\n  ')}`);
    }
    // Floors: the figures measured on first run (before any classifier change), rounded down to 0.05:
    // ask precision 0.945, recall 0.929; tell precision 0.934, recall 0.950; accuracy 0.940 (n=116).
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
    expect(m.tellPrecision).toBeGreaterThanOrEqual(0.9);
    expect(m.tellRecall).toBeGreaterThanOrEqual(0.95);
    expect(m.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
