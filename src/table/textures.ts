/**
 * Textures the table draws with, generated once per Phaser game: the tier patterns, the card
 * back, the token, the padlock. Nothing is fetched; everything is drawn here.
 */
import type Phaser from 'phaser';

type Ctx = CanvasRenderingContext2D;

function canvasTexture(scene: Phaser.Scene, key: string, w: number, h: number, draw: (ctx: Ctx) => void): void {
  if (scene.textures.exists(key)) return;
  const texture = scene.textures.createCanvas(key, w, h);
  if (!texture) return;
  draw(texture.getContext());
  texture.refresh();
}

/** Draws every texture the table uses, once per Phaser game. */
export function makeTextures(scene: Phaser.Scene): void {
  makePatterns(scene);
  makeMarks(scene);
}

/** The tier patterns: each tier of a ladder has its own, so tiers differ by more than colour. */
function makePatterns(scene: Phaser.Scene): void {
  canvasTexture(scene, 'pat-dots', 24, 24, (ctx) => {
    ctx.fillStyle = 'rgba(255,255,255,0.55)';
    for (const [x, y] of [
      [6, 6],
      [18, 18],
    ] as const) {
      ctx.beginPath();
      ctx.arc(x, y, 2.6, 0, Math.PI * 2);
      ctx.fill();
    }
  });
  canvasTexture(scene, 'pat-stripes', 24, 24, (ctx) => {
    ctx.strokeStyle = 'rgba(255,255,255,0.5)';
    ctx.lineWidth = 4;
    for (let o = -24; o <= 24; o += 12) {
      ctx.beginPath();
      ctx.moveTo(o, 24);
      ctx.lineTo(o + 24, 0);
      ctx.stroke();
    }
  });
  canvasTexture(scene, 'pat-cross', 24, 24, (ctx) => {
    ctx.strokeStyle = 'rgba(255,255,255,0.45)';
    ctx.lineWidth = 2.5;
    for (let o = -24; o <= 24; o += 12) {
      ctx.beginPath();
      ctx.moveTo(o, 24);
      ctx.lineTo(o + 24, 0);
      ctx.moveTo(o, 0);
      ctx.lineTo(o + 24, 24);
      ctx.stroke();
    }
  });
  canvasTexture(scene, 'pat-grid', 24, 24, (ctx) => {
    ctx.strokeStyle = 'rgba(255,255,255,0.45)';
    ctx.lineWidth = 2;
    ctx.strokeRect(1, 1, 12, 12);
  });
}

/** The card back, the token and the padlocks. */
function makeMarks(scene: Phaser.Scene): void {
  canvasTexture(scene, 'card-back', 64, 64, (ctx) => {
    ctx.fillStyle = '#7a2620';
    ctx.fillRect(0, 0, 64, 64);
    ctx.strokeStyle = 'rgba(255, 225, 170, 0.35)';
    ctx.lineWidth = 2;
    for (let o = -64; o <= 64; o += 16) {
      ctx.beginPath();
      ctx.moveTo(o, 64);
      ctx.lineTo(o + 64, 0);
      ctx.moveTo(o, 0);
      ctx.lineTo(o + 64, 64);
      ctx.stroke();
    }
  });
  canvasTexture(scene, 'token', 64, 64, (ctx) => {
    const g = ctx.createRadialGradient(26, 24, 4, 32, 32, 30);
    g.addColorStop(0, '#e8574d');
    g.addColorStop(1, '#8e1f18');
    ctx.fillStyle = g;
    ctx.beginPath();
    ctx.arc(32, 32, 28, 0, Math.PI * 2);
    ctx.fill();
    ctx.lineWidth = 4;
    ctx.strokeStyle = '#f6efdc';
    ctx.stroke();
    // A five-pointed star: the token reads as a piece, not a colour swatch.
    ctx.fillStyle = '#f6efdc';
    ctx.beginPath();
    for (let i = 0; i < 10; i++) {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const rr = i % 2 === 0 ? 16 : 7;
      ctx.lineTo(32 + Math.cos(a) * rr, 32 + Math.sin(a) * rr);
    }
    ctx.closePath();
    ctx.fill();
  });
  // Two padlocks, light for the dark planks and dark for the paper cards (the Canvas renderer
  // cannot tint an image, so each colour is drawn).
  for (const [key, ink, hole] of [
    ['padlock', '#f4efe2', '#3a332a'],
    ['padlock-dark', '#3a1410', '#e4d9bc'],
  ] as const)
    canvasTexture(scene, key, 32, 32, (ctx) => {
      ctx.strokeStyle = ink;
      ctx.lineWidth = 3.5;
      ctx.beginPath();
      ctx.arc(16, 13, 7, Math.PI, 0);
      ctx.lineTo(23, 16);
      ctx.moveTo(9, 13);
      ctx.lineTo(9, 16);
      ctx.stroke();
      ctx.fillStyle = ink;
      ctx.fillRect(6, 15, 20, 14);
      ctx.fillStyle = hole;
      ctx.fillRect(15, 19, 2.5, 6);
    });
}
