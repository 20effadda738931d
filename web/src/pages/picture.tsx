/**
 * Product pictures: `ProductPicture` (one responsive <img> from the WebP
 * renditions, or a neutral placeholder) and `Gallery` (main picture,
 * thumbnails, zoom; keyboard accessible). The renditions are served at
 * /media/<hash>-<size>.webp (160, 480, 1200 px boxes, never enlarged; docs/media.md).
 */
import { type CSSProperties, type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from 'react';
import type { ProductImage } from '../../../src/modules/catalog/index.ts';
import { fmt, useI18n } from '../i18n.tsx';

export type { ProductImage };

/** The pixel width of each rendition (the boxes are 160/480/1200; a smaller original is never enlarged), widest last, without repeats. */
export function renditionWidths(image: ProductImage): { url: string; width: number }[] {
  const longest = Math.max(image.width, image.height);
  const out: { url: string; width: number }[] = [];
  for (const r of image.renditions) {
    const width = Math.round(image.width * Math.min(1, r.size / longest));
    if (!out.some((o) => o.width === width)) out.push({ url: r.url, width });
  }
  return out;
}

/** `srcset` for an image: every distinct rendition with its real width. */
export function srcSet(image: ProductImage): string {
  return renditionWidths(image)
    .map((r) => `${r.url} ${r.width}w`)
    .join(', ');
}

/** The smallest rendition at least `px` device pixels wide (else the largest). */
function bestFor(image: ProductImage, px: number): string {
  const all = renditionWidths(image);
  return (all.find((r) => r.width >= px) ?? all[all.length - 1]!).url;
}

const box = (size: number): CSSProperties => ({
  width: '100%',
  maxWidth: size,
  height: 'auto',
  aspectRatio: '1 / 1',
  objectFit: 'contain',
  display: 'block',
  background: '#f4f6f8',
  borderRadius: 8,
});

/**
 * A product's picture at `size` CSS pixels (a square box; the picture keeps its
 * proportions inside). Lazy unless `priority` (the one large picture at the top
 * of a page). Without a picture: a neutral placeholder with the text of `t.media.noPicture`.
 */
export function ProductPicture({ image, title, size, priority }: { image: ProductImage | null | undefined; title: string; size: number; priority?: boolean }) {
  const { t } = useI18n();
  if (!image) {
    return (
      <div role="img" aria-label={`${title} — ${t.media.noPicture}`} style={{ ...box(size), display: 'grid', placeItems: 'center' }}>
        <svg viewBox="0 0 24 24" width="40%" height="40%" aria-hidden="true" focusable="false">
          <rect x="3" y="5" width="18" height="14" rx="2" fill="none" stroke="#a7b1bc" strokeWidth="1.5" />
          <circle cx="9" cy="10" r="1.8" fill="#a7b1bc" />
          <path d="M4.5 17.5l5-5 3.5 3.5 2.5-2.5 4 4" fill="none" stroke="#a7b1bc" strokeWidth="1.5" strokeLinejoin="round" />
        </svg>
      </div>
    );
  }
  return (
    <img
      src={bestFor(image, size * 2)}
      srcSet={srcSet(image)}
      sizes={`${size}px`}
      width={size}
      height={size}
      alt={title}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      {...(priority ? { fetchPriority: 'high' as const } : {})}
      style={box(size)}
    />
  );
}

/**
 * The pictures of one product: the main picture (hover to magnify on a
 * pointer device, click or Enter to open it full size), thumbnails below
 * (buttons; arrow keys move between pictures, Home/End to the first/last),
 * and a full-size view in a modal <dialog> (Escape or the close button).
 */
export function Gallery({ images, title }: { images: readonly ProductImage[]; title: string }) {
  const { t } = useI18n();
  const [index, setIndex] = useState(0);
  const [lens, setLens] = useState<{ x: number; y: number } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const thumbs = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => {
    if (index >= images.length) setIndex(0);
  }, [images.length, index]);
  const current = images[Math.min(index, images.length - 1)];
  if (!current) return <ProductPicture image={null} title={title} size={480} />;
  const label = (i: number) => fmt(t.media.pictureN, { n: i + 1, total: images.length });

  const go = (i: number, focus = false) => {
    const n = (i + images.length) % images.length;
    setIndex(n);
    if (focus) thumbs.current[n]?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const rtl = document.documentElement.dir === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (step !== undefined) go(index + step, true);
    else if (e.key === 'Home') go(0, true);
    else if (e.key === 'End') go(images.length - 1, true);
    else return;
    e.preventDefault();
  };
  const onMove = (e: PointerEvent<HTMLButtonElement>) => {
    if (e.pointerType !== 'mouse') return;
    const r = e.currentTarget.getBoundingClientRect();
    setLens({ x: ((e.clientX - r.left) / r.width) * 100, y: ((e.clientY - r.top) / r.height) * 100 });
  };
  const open = () => dialog.current?.showModal();
  const largest = renditionWidths(current).at(-1)!;

  return (
    <div className="gallery" style={{ display: 'grid', gap: 8, maxWidth: 480 }}>
      <button
        type="button"
        onClick={open}
        onKeyDown={onKey}
        onPointerMove={onMove}
        onPointerLeave={() => setLens(null)}
        aria-label={`${t.media.zoom}: ${title} (${label(index)})`}
        title={t.media.zoomHint}
        style={{ padding: 0, border: 0, background: 'none', cursor: 'zoom-in', overflow: 'hidden', borderRadius: 8, display: 'block', width: '100%' }}
      >
        <div style={lens ? { transform: 'scale(2)', transformOrigin: `${lens.x}% ${lens.y}%`, transition: 'transform .1s' } : undefined}>
          <ProductPicture image={current} title={title} size={480} priority={index === 0} />
        </div>
      </button>
      {images.length > 1 && (
        <ul aria-label={t.media.thumbnails} style={{ display: 'flex', gap: 6, listStyle: 'none', padding: 0, margin: 0, flexWrap: 'wrap' }}>
          {images.map((img, i) => (
            <li key={img.id}>
              <button
                type="button"
                ref={(el) => {
                  thumbs.current[i] = el;
                }}
                aria-label={label(i)}
                aria-current={i === index ? 'true' : undefined}
                tabIndex={i === index ? 0 : -1}
                onClick={() => go(i)}
                onKeyDown={onKey}
                style={{
                  padding: 2,
                  minWidth: 44,
                  minHeight: 44,
                  border: i === index ? '2px solid #d4380d' : '2px solid transparent',
                  borderRadius: 8,
                  background: 'none',
                  cursor: 'pointer',
                }}
              >
                <ProductPicture image={img} title="" size={56} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <dialog
        ref={dialog}
        aria-label={`${title} (${label(index)})`}
        style={{ padding: 0, border: 0, borderRadius: 8, maxWidth: 'min(96vw, 1200px)', maxHeight: '96vh', background: '#fff' }}
      >
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, padding: 8 }}>
          <span>
            <button
              type="button"
              onClick={() => go(index - 1)}
              aria-label={t.media.previous}
              disabled={images.length < 2}
              style={{ minWidth: 44, minHeight: 44 }}
            >
              ‹
            </button>
            <button type="button" onClick={() => go(index + 1)} aria-label={t.media.next} disabled={images.length < 2} style={{ minWidth: 44, minHeight: 44 }}>
              ›
            </button>
          </span>
          <button type="button" onClick={() => dialog.current?.close()} style={{ minWidth: 44, minHeight: 44 }}>
            {t.media.close}
          </button>
        </div>
        <img
          src={largest.url}
          srcSet={srcSet(current)}
          sizes="min(96vw, 1200px)"
          width={current.width}
          height={current.height}
          alt={`${title} (${label(index)})`}
          loading="lazy"
          style={{ display: 'block', maxWidth: '100%', maxHeight: 'calc(96vh - 64px)', width: 'auto', height: 'auto', margin: '0 auto' }}
        />
      </dialog>
    </div>
  );
}
