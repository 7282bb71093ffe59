type Doc = PDFKit.PDFDocument;

export interface RadarSeries {
  values: readonly number[];
  color: string;
}

/**
 * A radar (spider) chart in vector graphics: one spoke per axis, rings at levels 1–5, and each
 * series as a closed polygon. Values are on the 0–5 index scale.
 */
export function drawRadar(doc: Doc, opts: { cx: number; cy: number; radius: number; labels: readonly string[]; series: readonly RadarSeries[] }) {
  const { cx, cy, radius, labels } = opts;
  const n = labels.length;
  const point = (i: number, value: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const r = (radius * value) / 5;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  };
  doc.save().lineWidth(0.5).strokeColor('#b0b8c0');
  for (let ring = 1; ring <= 5; ring++) {
    const [x0, y0] = point(0, ring);
    doc.moveTo(x0, y0);
    for (let i = 1; i < n; i++) doc.lineTo(...point(i, ring));
    doc.closePath().stroke();
  }
  for (let i = 0; i < n; i++) doc.moveTo(cx, cy).lineTo(...point(i, 5)).stroke();
  for (const s of opts.series) {
    const [x0, y0] = point(0, s.values[0]);
    doc.moveTo(x0, y0);
    for (let i = 1; i < n; i++) doc.lineTo(...point(i, s.values[i]));
    doc.closePath().lineWidth(1.5).fillOpacity(0.15).fillAndStroke(s.color, s.color).fillOpacity(1);
  }
  doc.fillColor('black').font('Helvetica').fontSize(7);
  labels.forEach((label, i) => {
    const [x, y] = point(i, 5.9);
    doc.text(label, x - 40, y - 4, { width: 80, align: 'center' });
  });
  doc.restore();
}

export interface BarItem {
  label: string;
  before: number | null;
  after: number | null;
}

/** Paired vertical bars per indicator (before and after verification) on a 0–5 axis. */
export function drawBars(doc: Doc, opts: { x: number; y: number; width: number; height: number; items: readonly BarItem[]; colors: [string, string] }) {
  const { x, y, width, height, items } = opts;
  const slot = width / items.length;
  const bar = Math.max(1, (slot - 2) / 2);
  const scaleY = (v: number) => (height * v) / 5;
  doc.save().lineWidth(0.3).strokeColor('#d0d6dc');
  for (let level = 0; level <= 5; level++) {
    const ly = y + height - scaleY(level);
    doc.moveTo(x, ly).lineTo(x + width, ly).stroke();
    doc.fillColor('#555555').font('Helvetica').fontSize(6).text(String(level), x - 10, ly - 3, { width: 8, align: 'right' });
  }
  items.forEach((item, i) => {
    const left = x + i * slot + 1;
    if (item.before !== null) doc.rect(left, y + height - scaleY(item.before), bar, scaleY(item.before)).fill(opts.colors[0]);
    if (item.after !== null) doc.rect(left + bar, y + height - scaleY(item.after), bar, scaleY(item.after)).fill(opts.colors[1]);
    doc.fillColor('#333333').fontSize(5).text(item.label, left - 2, y + height + 2, { width: slot + 2, align: 'center', lineBreak: false });
  });
  doc.restore();
}
