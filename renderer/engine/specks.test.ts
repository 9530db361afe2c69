import { describe, expect, it } from 'vitest';
import { addSpeck, drawSpecks, type PathSink, type Speck } from './specks';

/** A path that records what is added to it. */
class Recorder implements PathSink {
  readonly calls: string[] = [];
  moveTo(x: number, y: number) {
    this.calls.push(`M ${x} ${y}`);
  }
  lineTo(x: number, y: number) {
    this.calls.push(`L ${x} ${y}`);
  }
  closePath() {
    this.calls.push('Z');
  }
  rect(x: number, y: number, w: number, h: number) {
    this.calls.push(`R ${x} ${y} ${w} ${h}`);
  }
  arc(x: number, y: number, r: number) {
    this.calls.push(`A ${x} ${y} ${r}`);
  }
}

const speck = (over: Partial<Speck>): Speck => ({
  x: 100,
  y: 50,
  size: 16,
  color: '#56B4E9',
  shape: 'ellipse',
  ...over,
});

describe('addSpeck', () => {
  it('draws an ellipse as a circle of the body width about the centre', () => {
    const path = new Recorder();
    addSpeck(path, speck({}));
    expect(path.calls).toEqual(['M 108 50', 'A 100 50 8']);
  });
  it('draws a polygon kind from its outline, scaled to the body and centred on the node', () => {
    const path = new Recorder();
    addSpeck(path, speck({ shape: 'diamond' }));
    // The legend's diamond (8,1 15,8 8,15 1,8 in a 16-unit box), 16 units wide about (100, 50).
    expect(path.calls).toEqual(['M 100 43', 'L 107 50', 'L 100 57', 'L 93 50', 'Z']);
  });
  it('draws a tiny speck of any kind as a square', () => {
    const path = new Recorder();
    addSpeck(path, speck({ shape: 'square', size: 4 }));
    expect(path.calls).toEqual(['R 98 48 4 4']);
  });
  it('draws a rounded rectangle as a square', () => {
    const path = new Recorder();
    addSpeck(path, speck({ shape: 'round-rectangle', size: 10 }));
    expect(path.calls).toEqual(['R 95 45 10 10']);
  });
});

describe('drawSpecks', () => {
  it('fills each colour once, with every speck of that colour in its path', () => {
    const fills: { color: string; path: Recorder }[] = [];
    const ctx = {
      fillStyle: '' as string | CanvasGradient | CanvasPattern,
      fill(path: Path2D) {
        fills.push({ color: String(this.fillStyle), path: path as unknown as Recorder });
      },
    };
    drawSpecks(
      ctx,
      [speck({ x: 0 }), speck({ x: 10, color: '#009E73', shape: 'rectangle' }), speck({ x: 20 })],
      () => new Recorder() as unknown as Path2D,
    );
    expect(fills.map((f) => f.color)).toEqual(['#56B4E9', '#009E73']);
    expect(fills[0]!.path.calls.filter((c) => c.startsWith('A'))).toEqual(['A 0 50 8', 'A 20 50 8']);
    expect(fills[1]!.path.calls[0]).toMatch(/^M /);
  });
});
