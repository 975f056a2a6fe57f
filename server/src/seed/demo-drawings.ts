/**
 * The demo's photos, drawn as SVG at seeding time (nothing is downloaded):
 * simple scenes and products in flat colours, no text (no fonts needed).
 * sharp renders them; the seed then sends them through the upload path.
 */

const scene = (body: string, width = 800, height = 600) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;

const sky = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc8ee"/><stop offset="1" stop-color="#e4f1fb"/></linearGradient></defs>
<rect width="800" height="600" fill="url(#sky)"/>
<path d="M0 260 L140 170 L260 240 L400 150 L560 250 L700 180 L800 230 L800 330 L0 330 Z" fill="#6f9a63"/>`;

const bridge = (rails: string) => `${sky}
<rect y="330" width="800" height="270" fill="#7a9f5a"/>
<path d="M0 470 C200 430 600 520 800 470 L800 600 L0 600 Z" fill="#4f86b8"/>
<rect x="60" y="400" width="680" height="40" fill="#9a9a94"/><rect x="60" y="440" width="680" height="14" fill="#6e6e69"/>
<rect x="120" y="454" width="40" height="90" fill="#7c7c76"/><rect x="640" y="454" width="40" height="90" fill="#7c7c76"/>
${rails}`;

const post = (x: number, tilt = 0, colour = "#b8b8b0") =>
  `<rect x="${x}" y="330" width="16" height="72" fill="${colour}" transform="rotate(${tilt} ${x + 8} 400)"/>`;

/** A village footbridge whose rail is broken: posts leaning, a rail hanging into the stream. */
export const brokenRail = scene(
  bridge(`${post(80)}${post(220)}${post(360, 18)}${post(500, -25)}${post(640)}${post(720)}
<rect x="80" y="336" width="300" height="10" fill="#c9c9c0"/><rect x="500" y="340" width="236" height="10" fill="#c9c9c0"/>
<rect x="380" y="350" width="150" height="10" fill="#c9c9c0" transform="rotate(38 380 355)"/>
<path d="M300 418 l30 10 l-12 8 l26 12" stroke="#3d3d3a" stroke-width="4" fill="none"/>`),
);

/** The same bridge repaired: new posts with reflective bands, a straight double rail. */
export const repairedRail = scene(
  bridge(`${[80, 220, 360, 500, 640, 720].map((x) => `${post(x, 0, "#e8e8e0")}<rect x="${x}" y="350" width="16" height="10" fill="#f2c21a"/><rect x="${x}" y="370" width="16" height="10" fill="#222"/>`).join("")}
<rect x="80" y="334" width="656" height="10" fill="#f4f4ee"/><rect x="80" y="364" width="656" height="8" fill="#f4f4ee"/>`),
);

/** A tidy courtyard (美丽庭院): a white house with a tiled roof, a swept yard, flower pots, stacked firewood. */
export const tidyCourtyard = scene(`${sky}
<rect y="330" width="800" height="270" fill="#d9d4c7"/>
<rect x="150" y="170" width="500" height="200" fill="#f6f3ea"/><path d="M120 180 L400 80 L680 180 Z" fill="#4b4f57"/>
<rect x="360" y="260" width="80" height="110" fill="#8a5a3b"/><rect x="200" y="230" width="90" height="70" fill="#a9cbe0"/><rect x="510" y="230" width="90" height="70" fill="#a9cbe0"/>
${[120, 220, 320, 460, 560, 660].map((x, i) => `<rect x="${x}" y="470" width="50" height="50" fill="#b0643c"/><circle cx="${x + 25}" cy="455" r="32" fill="#3f8f3a"/><circle cx="${x + 25}" cy="440" r="9" fill="${i % 2 ? "#e8463c" : "#f2c21a"}"/>`).join("")}
${[0, 1, 2, 3].map((row) => `<rect x="680" y="${300 + row * 16}" width="100" height="14" rx="7" fill="#9c6b3f"/>`).join("")}`);

const product = (body: string) => scene(`<rect width="600" height="600" fill="#f3f1ec"/><ellipse cx="300" cy="540" rx="200" ry="24" fill="#d8d4cb"/>${body}`, 600, 600);

const bag = (colour: string, band: string) =>
  product(`<path d="M170 130 Q300 100 430 130 L460 520 Q300 550 140 520 Z" fill="${colour}"/><rect x="160" y="300" width="290" height="80" fill="${band}"/>
<path d="M200 130 Q300 160 400 130" stroke="#bbb" stroke-width="6" fill="none"/>`);

const bottle = (body: string, cap: string, label: string) =>
  product(`<rect x="260" y="80" width="80" height="50" rx="8" fill="${cap}"/><path d="M270 130 L330 130 L350 190 Q420 220 420 300 L420 520 L180 520 L180 300 Q180 220 250 190 Z" fill="${body}" fill-opacity="0.9"/>
<rect x="200" y="330" width="200" height="110" rx="10" fill="${label}"/>`);

/** Each demo product's photo, by name; other names get none. */
export const productDrawings: Record<string, string> = {
  "大米（10斤）": bag("#f7f5ef", "#d8342c").replace("</svg>", `${[0, 1, 2].map((i) => `<ellipse cx="${260 + i * 40}" cy="230" rx="12" ry="30" fill="#7da24a"/>`).join("")}</svg>`),
  "食用油（5升）": bottle("#f0c419", "#c8281e", "#2f7d3a"),
  酱油: bottle("#3b1f12", "#c8281e", "#f2c21a"),
  洗洁精: bottle("#4fb46a", "#f7f7f7", "#ffffff"),
  洗衣粉: bag("#2f6fc0", "#f7f7f7"),
  香皂: product(`<rect x="170" y="300" width="260" height="150" rx="50" fill="#f2a8c0"/><rect x="210" y="330" width="180" height="40" rx="18" fill="#f8cad8"/>`),
  毛巾: product(`<rect x="150" y="160" width="300" height="340" rx="10" fill="#6fb7e0"/>${[0, 1, 2, 3].map((i) => `<rect x="150" y="${200 + i * 80}" width="300" height="18" fill="#ffffff"/>`).join("")}`),
  牙膏: product(`<path d="M120 360 L420 320 L470 330 L470 380 L420 390 L120 400 Z" fill="#f7f7f7"/><rect x="470" y="335" width="40" height="40" fill="#2f6fc0"/><rect x="180" y="345" width="180" height="30" fill="#d8342c"/>`),
  卫生纸: product(`${[0, 1, 2].map((i) => `<rect x="${130 + i * 120}" y="260" width="110" height="250" rx="20" fill="#ffffff" stroke="#ddd" stroke-width="4"/><ellipse cx="${185 + i * 120}" cy="262" rx="55" ry="18" fill="#eee"/><ellipse cx="${185 + i * 120}" cy="262" rx="14" ry="5" fill="#bbb"/>`).join("")}`),
};
