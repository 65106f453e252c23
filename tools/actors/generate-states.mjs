#!/usr/bin/env node
// Generates parley-core/src/main/resources/parley/actors/states.yaml from the npm package
// world-countries (ODbL 1.0, https://github.com/mledoze/countries).
//
//   mkdir -p /tmp/wc && (cd /tmp/wc && npm install world-countries)
//   node tools/actors/generate-states.mjs /tmp/wc/node_modules/world-countries/countries.json \
//       > parley-core/src/main/resources/parley/actors/states.yaml
//
// What it keeps of each state: ISO 3166-1 alpha-3 code, common and official names, alternative
// spellings that are words in Latin script (not the 2-letter codes, not inverted "X, Republic of"
// forms), English demonyms as adjectives (plus a plural "Russians"), and the capital as a name,
// because news writes "Moscow said" for the Russian government. The hand-made corrections below
// are the decisions a person took; each says why. The script fails when two states would share
// a surface form, so an ambiguity is resolved here, never silently by the matcher.
import { readFileSync } from 'node:fs';

const source = process.argv[2];
if (!source) {
  console.error('usage: generate-states.mjs path/to/world-countries/countries.json');
  process.exit(2);
}
const countries = JSON.parse(readFileSync(source, 'utf8'));
const pkgVersion = (() => {
  try { return JSON.parse(readFileSync(source.replace(/countries\.json$/, 'package.json'), 'utf8')).version; }
  catch { return 'unknown'; }
})();

// Not independent in the data set, but actors in the conflicts Parley follows.
const INCLUDE_DEPENDENT = new Set(['PSE', 'TWN', 'UNK']);
// Kosovo has no ISO 3166-1 code; world-countries uses UN's "UNK", the EU and IMF use "XKX".
const CODE_OVERRIDES = { UNK: 'XKX' };

// Names that are other words too often, or belong to someone else.
const DROP_NAMES = {
  ISL: ['Island'],                 // the English noun at the start of a sentence
  THA: ['Prathet', 'Thai'],        // "Thai" is the adjective; "Prathet" just means "country"
  TLS: ['Timor'],                  // also Indonesian West Timor
  LAO: ['Lao'],                    // also the language and the people
  SAU: ['Saudi'],                  // kept as an adjective below
  TGO: ['Togolese'],               // the adjective
  NRU: ['Pleasant Island'],
  MEX: ['Mexicanos'],
  PRT: ['Portuguesa'],
  BRN: ['Nation of Brunei', 'the Abode of Peace', 'Nation of Brunei, Abode of Peace'],
  COG: ['Congo'],                  // bare "Congo" in news means DR Congo (COD), see below
  FJI: ['Viti'],
  ISR: ['Jerusalem'],              // contested capital (also claimed by PSE) and mostly a place name
  SYC: ['Victoria'], JAM: ['Kingston'], GUY: ['Georgetown'], COM: ['Moroni'],
  BHS: ['Nassau'], CHL: ['Santiago'],
  BGR: ['Sofia'],                  // a common first name
  USA: ['Washington D.C.'],        // replaced by the forms news uses, below
  SWZ: ['Ngwane', 'Swatini'],
  DZA: ['Dzayer'], NER: ['Nijar'], SUR: ['Sarnam', 'Sranangron'],
};

// Surface forms that news uses and the data set lacks.
const EXTRA_NAMES = {
  USA: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States', 'United States of America',
        'Washington', 'Washington, D.C.', 'Washington DC'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
  RUS: ['Russian Federation'],
  UKR: ['Kiev'],
  COD: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo',
        'Congo', 'Congo-Kinshasa'],
  COG: ['Republic of Congo', 'Congo-Brazzaville'],
  PSE: ['State of Palestine'],
  TUR: ['Turkey', 'Republic of Turkey'],
  PRK: ['DPRK'],
  CHN: ['PRC'],
  IND: ['Bharat'],
  AFG: ['Islamic Emirate of Afghanistan'],
  ARE: ['UAE', 'U.A.E.'],
  SAU: ['KSA'],
  CZE: ['Czech Republic'],
  NLD: ['Netherlands', 'Holland'],
  VAT: ['Holy See'],
  BOL: ['La Paz'],
  MMR: ['Naypyitaw'],
  MNG: ['Ulaanbaatar'],
  YEM: ['Sanaa'],
  CIV: ['Abidjan'],
  MKD: ['North Macedonia'],
  SWZ: ['Swaziland'],
  KOR: ['ROK'],
};

// Adjectives: drop those shared by two states, add the forms news uses.
const DROP_ADJECTIVES = {
  COG: ['Congolese'],              // kept for COD, as bare "Congo" is
  DMA: ['Dominican'],              // kept for the Dominican Republic
};
const EXTRA_ADJECTIVES = {
  GBR: ['Briton', 'Britons', 'Scottish', 'Welsh'],
  SAU: ['Saudi', 'Saudis'],
  TUR: ['Turks'],
  KGZ: ['Kyrgyz'],
  TJK: ['Tajik', 'Tajiks'],
  KAZ: ['Kazakh', 'Kazakhs'],
  UZB: ['Uzbek', 'Uzbeks'],
  AZE: ['Azeri', 'Azeris'],
  PHL: ['Philippine'],
  CZE: ['Czechs'],
  ARE: ['Emiratis'],
  BLR: ['Belarussian'],
  // Forms the news writes that world-countries does not list (or spells otherwise).
  NPL: ['Nepali', 'Nepalis'],
  ECU: ['Ecuadorian', 'Ecuadorians'],
  SVN: ['Slovenian', 'Slovenians'],
  SVK: ['Slovakian', 'Slovakians'],
  CPV: ['Cape Verdean', 'Cape Verdeans', 'Cabo Verdean', 'Cabo Verdeans'],
  MDV: ['Maldivian', 'Maldivians'],
  DJI: ['Djiboutian', 'Djiboutians'],
  LAO: ['Lao'],
  SUR: ['Surinamese'],
  BWA: ['Botswanan', 'Botswanans', 'Batswana'],
  LSO: ['Basotho'],
  TKM: ['Turkmenistani', 'Turkmenistanis'],
  GNB: ['Bissau-Guinean', 'Bissau-Guineans'],
  TLS: ['Timorese'],
  SWZ: ['Swazis'],
};
// Plurals that a simple "+s" gets wrong, or that are not words.
const NO_PLURAL = new Set(['I-Kiribati', 'Ni-Vanuatu', 'Malagasy', 'Motswana', 'Mosotho', 'Kirghiz',
  'Swazi', 'Djibouti', 'Vatican', 'Sammarinese', 'Tadzhik', 'Guinea-Bissauan']);
// ASCII forms of accented names are added, except where the ASCII form names something else.
const NO_ASCII = new Set(['San José', 'Malé']); // San Jose (California); Male (the English word)

// Latin letters up to Latin Extended-B: excludes other scripts and IPA transcriptions.
const LATIN = /^[A-Za-z\u00C0-\u024F\p{Mark}\s'’.,()\-]+$/u;
const stripDiacritics = (s) => s.normalize('NFD').replace(/\p{Mark}/gu, '').normalize('NFC');
const stripArticle = (s) => s.replace(/^(the|The)\s+/, '');
const stripParens = (s) => s.replace(/\s*\([^)]*\)\s*/g, ' ').trim();

function plural(demonym) {
  if (NO_PLURAL.has(demonym) || /(ese|sh|ch|ss|s|z|x|y|a|u)$/.test(demonym)) return null;
  return demonym + 's';
}

function isWordName(s) {
  if (!s || !LATIN.test(s)) return false;
  if (/^[A-Z]{2}$/.test(s)) return false;          // the alpha-2 codes
  if (s.includes(',')) return false;                // "Congo, the Democratic Republic of the"
  return true;
}

const out = [];
const seen = new Map(); // surface form -> code, to fail on ambiguity
function claim(form, code) {
  const other = seen.get(form);
  if (other && other !== code) {
    throw new Error(`surface form "${form}" claimed by ${other} and ${code}: resolve it in the script`);
  }
  seen.set(form, code);
}

const selected = countries
  .filter((c) => c.independent || INCLUDE_DEPENDENT.has(c.cca3))
  .sort((a, b) => a.cca3.localeCompare(b.cca3));

for (const c of selected) {
  const code = CODE_OVERRIDES[c.cca3] ?? c.cca3;
  const drop = new Set(DROP_NAMES[c.cca3] ?? []);
  const name = c.name.common;
  const names = [];
  const add = (list, s, withAscii = true) => {
    if (!s) return;
    const v = stripArticle(stripParens(s)).trim();
    if (!v || drop.has(v) || drop.has(s) || v === name || list.includes(v)) return;
    list.push(v);
    const ascii = stripDiacritics(v);
    if (withAscii && ascii !== v && !NO_ASCII.has(v) && !list.includes(ascii) && ascii !== name) list.push(ascii);
  };
  add(names, c.name.official);
  // Native-language spellings are kept as written (no ASCII copy: those would be invented words).
  for (const alt of c.altSpellings ?? []) if (isWordName(alt)) add(names, alt, false);
  for (const extra of EXTRA_NAMES[c.cca3] ?? []) add(names, extra);
  for (const capital of c.capital ?? []) add(names, capital);
  if (stripDiacritics(name) !== name) add(names, stripDiacritics(name));

  const adjectives = [];
  const dropAdj = new Set(DROP_ADJECTIVES[c.cca3] ?? []);
  const demonyms = new Set();
  const eng = c.demonyms?.eng ?? {};
  for (const d of [eng.m, eng.f]) {
    for (const part of (d ?? '').split(/,\s*|\s+or\s+/)) if (part.trim()) demonyms.add(part.trim());
  }
  for (const d of demonyms) {
    if (dropAdj.has(d) || d === name || names.includes(d)) continue;
    if (!adjectives.includes(d)) adjectives.push(d);
    const p = plural(d);
    if (p && !adjectives.includes(p)) adjectives.push(p);
  }
  for (const extra of EXTRA_ADJECTIVES[c.cca3] ?? []) if (!adjectives.includes(extra)) adjectives.push(extra);

  for (const form of [name, ...names, ...adjectives]) claim(form, code);
  out.push({ id: code, name, code, names, adjectives });
}

const q = (s) => JSON.stringify(s);
const lines = [];
lines.push('# GENERATED FILE: do not edit by hand; change tools/actors/generate-states.mjs and rerun it.');
lines.push(`# Source: world-countries ${pkgVersion} (https://github.com/mledoze/countries), ODbL 1.0,`);
lines.push('# with the hand corrections listed in the generator. See README.md in this folder.');
lines.push(`# ${out.length} states.`);
lines.push('entries:');
for (const s of out) {
  lines.push(`  - id: ${q(s.id)}`);
  lines.push(`    name: ${q(s.name)}`);
  lines.push('    kind: STATE');
  lines.push(`    code: ${q(s.code)}`);
  lines.push('    sector: GOV');
  lines.push(`    aliases: [${s.names.map(q).join(', ')}]`);
  lines.push(`    adjectives: [${s.adjectives.map(q).join(', ')}]`);
}
process.stdout.write(lines.join('\n') + '\n');
