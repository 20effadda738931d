import { useEffect, useRef, useState, type PointerEvent } from 'react';

export interface ViewBox {
  x: number;
  y: number;
  z: number;
  l: number;
  w: number;
  h: number;
  colour: string;
  label: string;
}

/**
 * A small 3D view of one container on a 2D canvas, no WebGL needed: boxes are
 * projected with a rotatable camera and drawn back to front (painter's
 * algorithm, three visible faces each). Drag to rotate.
 */
export function ContainerView({ inside, boxes, upTo }: { inside: [number, number, number]; boxes: ViewBox[]; upTo: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [angle, setAngle] = useState({ yaw: -0.6, pitch: 0.45 });
  const drag = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const [L, W, H] = inside;
    const { yaw, pitch } = angle;
    const cy = Math.cos(yaw),
      sy = Math.sin(yaw),
      cp = Math.cos(pitch),
      sp = Math.sin(pitch);
    // Rotate about the container's centre; x along the length, y across, z up.
    const rot = (x: number, y: number, z: number) => {
      const X = x - L / 2,
        Y = y - W / 2,
        Z = z - H / 2;
      const x1 = X * cy - Y * sy;
      const y1 = X * sy + Y * cy;
      return { sx: x1, sy: -(Z * cp - y1 * sp), depth: Z * sp + y1 * cp };
    };
    const scale = (Math.min(c.width, c.height * 2.2) / Math.hypot(L, W, H)) * 0.95;
    const P = (x: number, y: number, z: number) => {
      const r = rot(x, y, z);
      return [c.width / 2 + r.sx * scale, c.height / 2 + r.sy * scale, r.depth] as const;
    };
    ctx.clearRect(0, 0, c.width, c.height);
    const corners = (x: number, y: number, z: number, l: number, w: number, h: number) =>
      [
        [x, y, z],
        [x + l, y, z],
        [x + l, y + w, z],
        [x, y + w, z],
        [x, y, z + h],
        [x + l, y, z + h],
        [x + l, y + w, z + h],
        [x, y + w, z + h],
      ].map(([a, b, d]) => P(a!, b!, d!));
    const FACES = [
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [0, 1, 5, 4],
      [2, 3, 7, 6],
      [1, 2, 6, 5],
      [0, 3, 7, 4],
    ];
    const SHADE = [0.55, 1, 0.8, 0.8, 0.68, 0.68];
    // Container wireframe.
    const k = corners(0, 0, 0, L, W, H);
    ctx.strokeStyle = '#9ca3af';
    ctx.lineWidth = 1;
    for (const f of FACES) {
      ctx.beginPath();
      f.forEach((i, j) => (j ? ctx.lineTo(k[i]![0], k[i]![1]) : ctx.moveTo(k[i]![0], k[i]![1])));
      ctx.closePath();
      ctx.stroke();
    }
    const shown = boxes.slice(0, upTo);
    const order = shown.map((b, i) => ({ b, i, d: rot(b.x + b.l / 2, b.y + b.w / 2, b.z + b.h / 2).depth })).sort((a, b) => a.d - b.d);
    for (const { b } of order) {
      const q = corners(b.x, b.y, b.z, b.l, b.w, b.h);
      const faces = FACES.map((f, fi) => ({ f, fi, d: f.reduce((s, i) => s + q[i]![2], 0) / 4 })).sort((a, b2) => a.d - b2.d);
      for (const { f, fi } of faces.slice(3)) {
        ctx.beginPath();
        f.forEach((i, j) => (j ? ctx.lineTo(q[i]![0], q[i]![1]) : ctx.moveTo(q[i]![0], q[i]![1])));
        ctx.closePath();
        ctx.fillStyle = shadeColour(b.colour, SHADE[fi]!);
        ctx.fill();
        ctx.strokeStyle = 'rgba(0,0,0,.35)';
        ctx.stroke();
      }
    }
  }, [inside, boxes, upTo, angle]);

  const onDown = (e: PointerEvent) => {
    drag.current = { x: e.clientX, y: e.clientY };
    (e.target as Element).setPointerCapture(e.pointerId);
  };
  const onMove = (e: PointerEvent) => {
    if (!drag.current) return;
    const dx = e.clientX - drag.current.x,
      dy = e.clientY - drag.current.y;
    drag.current = { x: e.clientX, y: e.clientY };
    setAngle((a) => ({ yaw: a.yaw + dx * 0.01, pitch: Math.max(-1.4, Math.min(1.4, a.pitch + dy * 0.01)) }));
  };
  return (
    <canvas
      ref={canvas}
      width={900}
      height={380}
      className="container-canvas"
      data-testid="container-canvas"
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={() => (drag.current = null)}
    />
  );
}

function shadeColour(hsl: string, f: number): string {
  const m = /hsl\((\d+) (\d+)% (\d+)%\)/.exec(hsl);
  if (!m) return hsl;
  return `hsl(${m[1]} ${m[2]}% ${Math.round(Number(m[3]) * f)}%)`;
}

export const lotColour = (i: number) => `hsl(${(i * 137) % 360} 65% 62%)`;
