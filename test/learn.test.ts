import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isArticle, type Article } from '../src/article.js';
import { groupOf, learnedPacks, packConfigs } from '../src/learn/group.js';
import { learn, type LearnItem } from '../src/learn/learn.js';
import { scrubItems } from '../src/pipeline.js';
import { ensureBuilt, feedscrub, tempDirs } from './helpers/cli.js';
import { fixturesDir } from './helpers/fixtures.js';

/** The articles of a fixture batch, cleaned as conversion cleans them, with paths as the CLI shows them. */
function batch(name: string): Article[] {
  const dir = path.join(fixturesDir, name);
  return readdirSync(dir)
    .sort()
    .flatMap((f) => scrubItems(readFileSync(path.join(dir, f)), { path: `${name}/${f}` }))
    .filter(isArticle);
}

const items = (articles: readonly Article[]): LearnItem[] => articles.map((a) => ({ group: groupOf(a), title: a.title, text: a.text }));

describe('learn', () => {
  const letter = batch('learn-newsletter');

  it("learns a site's repeated header and footer, digits and link paths folded", () => {
    const [site, ...rest] = learn(items(letter));
    expect(rest).toEqual([]);
    const examples = site?.rules.flatMap((r) => r.examples) ?? [];
    expect(examples).toContain('This story first ran in the Harbour Notes weekly letter.');
    expect(examples).toContain('Harbour Notes annual 2019 edition');
    expect(site?.rules.find((r) => r.examples.includes('Harbour Notes annual 2019 edition'))?.support).toBe(6);
    expect(site?.rules.map((r) => r.id)).toEqual(site?.rules.map((_, i) => `learned:learn-newsletter:${i + 1}`));
  });

  it('takes in a rarer credit that stands inside the furniture block', () => {
    // At half the articles, 2 of 6 is below the share: the credit is taken in for its neighbours.
    const credit = learn(items(letter), { minArticles: 5, minShare: 0.5, maxShare: 0.9 })[0]?.rules.find((r) => r.examples.includes('Layout by Mara Quint'));
    expect(credit).toMatchObject({ support: 2, adjacent: true });
  });

  it('gives the same rules in the same order for the same input', () => {
    expect(JSON.stringify(learn(items(letter)))).toBe(JSON.stringify(learn(items(batch('learn-newsletter')))));
  });

  it('learns nothing from articles of unrelated sites', () => {
    expect(learn(items(batch('learn-mixed')))).toEqual([]);
  });

  it("never learns more than --max-share of an article's words", () => {
    const group = { key: 'site:tiny', site: 'Tiny', host: null, label: 'Tiny' };
    const footer = 'Follow the Tiny Gazette on every network we know of, and tell your neighbours about us today.';
    const batch = ['Rain.', 'Sun at last.', 'Fog again.', 'Hail!', 'Snow on the hills.'].map((own): LearnItem => ({ group, title: null, text: `${own}\n\n${footer}\n\nTiny Gazette, every morning.` }));
    const keys = (maxShare: number) => learn(batch, { minArticles: 5, minShare: 0.3, maxShare }).flatMap((s) => s.rules.flatMap((r) => r.examples));
    expect(keys(1)).toEqual(expect.arrayContaining([footer, 'Tiny Gazette, every morning.']));
    expect(keys(0.8)).toEqual(['Tiny Gazette, every morning.']);
  });

  it('learns nothing from fewer articles than --min-articles', () => {
    expect(learn(items(letter.slice(0, 4)))).toEqual([]);
  });

  it('never learns a piece that another site carries as ordinary text', () => {
    const other = [0, 1].map((i): LearnItem => ({ group: { key: 'site:elsewhere', site: 'Elsewhere', host: null, label: 'Elsewhere' }, title: null, text: `Subscribe here.\n\nA sentence of our own, number ${i}.` }));
    const rules = learn([...items(letter), ...other])[0]?.rules ?? [];
    expect(rules.flatMap((r) => r.examples)).not.toContain('Subscribe here.');
    expect(rules.flatMap((r) => r.examples)).toContain('Harbour Notes annual 2019 edition');
  });
});

describe('cleaning with learned packs', () => {
  const letter = batch('learn-newsletter');
  const packs = learnedPacks(packConfigs(learn(items(letter))));
  const again = (file: string) => scrubItems(readFileSync(path.join(fixturesDir, 'learn-newsletter', file)), { path: `learn-newsletter/${file}`, packs }).filter(isArticle)[0];

  it('removes the furniture under learned rule ids and keeps the body', () => {
    const article = again('02.txt');
    expect(article?.text).not.toMatch(/first ran in|annual|Listen to this story|Subscribe|Layout by/);
    expect(article?.text).toContain('After eight months of repairs the bakery on Dock Lane opened its doors again');
    expect(article?.text).toContain('kept the green shutters');
    expect(article?.removed.filter((r) => r.rule.startsWith('learned:learn-newsletter:')).length).toBeGreaterThanOrEqual(5);
  });

  it('cuts the pieces off a line that carries several', () => {
    const text = 'Tide at noon\n\nThe pier was busy all day with visitors from the mainland and the cafes ran out of bread by three.\n\nThis story first ran in the Harbour Notes weekly letter. Subscribe here.\n';
    const article = scrubItems(text, { path: 'learn-newsletter/99.txt', packs }).filter(isArticle)[0];
    expect(article?.text).toBe('The pier was busy all day with visitors from the mainland and the cafes ran out of bread by three.');
  });

  it('leaves articles of another feed alone', () => {
    const text = readFileSync(path.join(fixturesDir, 'learn-newsletter', '03.txt'));
    const article = scrubItems(text, { path: 'elsewhere/03.txt', packs }).filter(isArticle)[0];
    expect(article?.removed.some((r) => r.rule.startsWith('learned:'))).toBe(false);
  });
});

describe('credits under a standing label', () => {
  // A local news site that credits a different editor in every article and a photo agency in some;
  // three articles end with a short interview whose questions share the magazine's name as label.
  const news = batch('learn-credits');
  const [site, ...rest] = learn(items(news));
  const packs = learnedPacks(packConfigs(site ? [site] : []));
  const again = (file: string) => scrubItems(readFileSync(path.join(fixturesDir, 'learn-credits', file)), { path: `learn-credits/${file}`, packs }).filter(isArticle)[0];

  it('learns the label, whoever it credits', () => {
    expect(rest).toEqual([]);
    // The agency's "Foto: …" credits are the catalogue's photo-credit rule's now: nothing left to learn there.
    expect(site?.rules.map((r) => r.support)).toEqual([6]);
    expect(site?.rules[0]?.examples).toEqual(['Coordinación: Lucía Prado', 'Coordinación: Jorge Sanz']);
    expect(again('04.txt')?.text).not.toMatch(/Coordinación/);
    // A name not seen while learning.
    const text = 'Nieve en la sierra\n\nLa carretera del puerto de montaña sigue cerrada por la nieve caída durante la noche.\n\nCoordinación: Tomás Ferrer\n\nFoto: Agencia Nevada\n';
    expect(scrubItems(text, { path: 'learn-credits/99.txt', packs }).filter(isArticle)[0]?.text).toBe('La carretera del puerto de montaña sigue cerrada por la nieve caída durante la noche.');
  });

  it('learns no speaker: a label that recurs within one article is dialogue', () => {
    const group = { key: 'site:quotes', site: 'Quote Wall', host: null, label: 'Quote Wall' };
    const chats = [
      ['mira: are you awake', 'tomas: no', 'mira: the cat is on the roof again', 'tomas: which cat'],
      ['tomas: did you feed the fish', 'mira: which fish', 'tomas: exactly'],
      ['mira: my code works', 'tomas: why', 'mira: nobody knows'],
      ['tomas: the printer speaks french now', 'mira: only on mondays'],
      ['mira: I renamed the server', 'tomas: to what', 'mira: server2', 'tomas: bold move'],
    ];
    expect(learn(chats.map((lines): LearnItem => ({ group, title: null, text: lines.join('\n\n') })))).toEqual([]);
  });

  it("keeps an interview's lines that share a label: a question or an answer is no credit", () => {
    const article = again('06.txt');
    expect(article?.text).toContain('Revista Faro: ¿Funciona?');
    expect(article?.text).toContain('Inés Mora: Vendemos todo antes del mediodía.');
    expect(site?.rules.flatMap((r) => r.examples).join(' ')).not.toMatch(/Revista Faro/);
  });
});

describe('link lists', () => {
  // A cooking show lists its site and shop under every episode, then its presenter's link in two
  // episodes, each time beside a guest's link that occurs once.
  const show = batch('learn-social-links');
  const rules = learn(items(show))[0]?.rules ?? [];
  const packs = learnedPacks(packConfigs(learn(items(show))));

  it('takes in a rarer link inside a run of links that furniture closes', () => {
    expect(rules.find((r) => r.examples.includes('Rita Lobo https://receitas-da-rita.example/'))).toMatchObject({ support: 2, adjacent: true });
    const article = scrubItems(readFileSync(path.join(fixturesDir, 'learn-social-links', '07.txt')), { path: 'learn-social-links/07.txt', packs }).filter(isArticle)[0];
    expect(article?.text).not.toMatch(/receitas-da-rita|brisa\.example|Produção/);
    expect(article?.text).toContain('A receita de pão de queijo que a avó de Rita guardava num caderno.');
  });
});

describe('an article is never its own boilerplate', () => {
  // A podcast feed whose items list their topics under a standing header; two items carry only
  // a placeholder ("notes still being written") where the topics go, one has nothing there.
  const podcast = batch('learn-placeholder');
  const packs = learnedPacks(packConfigs(learn(items(podcast))));
  const again = (file: string) => scrubItems(readFileSync(path.join(fixturesDir, 'learn-placeholder', file)), { path: `learn-placeholder/${file}`, packs }).filter(isArticle)[0];

  it("keeps an item's placeholder when learned furniture is all that stands around it", () => {
    expect(again('06.txt')?.text).toContain('Notizen werden noch geschrieben');
    expect(again('08.txt')?.text).toContain('Themenliste folgt');
    expect(again('06.txt')?.removed.some((r) => r.rule.startsWith('learned:learn-placeholder:'))).toBe(true);
    expect(again('08.txt')?.text).not.toMatch(/Hier geht es zu den Notizen|Die Themen dieser Folge/);
  });

  it('leaves the last line of an item that is nothing but furniture', () => {
    const text = 'Werkbank-Funk Folge 39\n\nHier geht es zu den Notizen der Folge 39 auf unserer Seite\n\nDie Themen dieser Folge, ohne Gewähr:\n';
    const article = scrubItems(text, { path: 'learn-placeholder/39.txt', packs }).filter(isArticle)[0];
    expect(article?.text).toBe('Die Themen dieser Folge, ohne Gewähr:');
    expect(article?.removed.map((r) => r.text)).toContain('Hier geht es zu den Notizen der Folge 39 auf unserer Seite');
  });
});

describe('feedscrub learn and --learn', () => {
  const temp = tempDirs('feedscrub-learn-');
  beforeAll(() => ensureBuilt());
  afterAll(() => temp.cleanup());

  it('prints a pack the config takes, and conversion then removes the furniture by its rule ids', async () => {
    const learned = feedscrub(['learn', '--no-config', 'fixtures/learn-podcast-de'], { cwd: path.join(fixturesDir, '..') });
    expect(learned.status).toBe(0);
    const pack = JSON.parse(learned.stdout) as { customRules: { id: string }[] };
    expect(pack.customRules.map((r) => r.id)).toContain('learned:learn-podcast-de:1');
    const dir = await temp.make();
    await writeFile(path.join(dir, 'feedscrub.config.json'), learned.stdout);
    const input = path.join(fixturesDir, 'learn-podcast-de', '03.txt');
    const out = feedscrub([input, '--to', 'json', '--explain'], { cwd: dir });
    expect(out.status).toBe(0);
    expect(out.stderr).toMatch(/learned:learn-podcast-de:\d+\s+Hier klicken, um die Notizen zur Folge 14 zu lesen/);
    expect((JSON.parse(out.stdout) as Article).text).toContain('Tomaten gedeihen auch auf dem Balkon');
  });

  it('check reports the learned furniture left in a content folder, under the learned ids', async () => {
    const dir = await temp.make();
    const learned = feedscrub(['learn', '--no-config', path.join(fixturesDir, 'learn-newsletter'), '-o', 'learned.json'], { cwd: dir });
    expect(learned.status).toBe(0);
    await writeFile(path.join(dir, 'post.txt'), readFileSync(path.join(fixturesDir, 'learn-newsletter', '04.txt')));
    const out = feedscrub(['check', '--config', 'learned.json', 'post.txt'], { cwd: dir });
    expect(out.stdout).toMatch(/Harbour Notes annual 2022 edition.*learned:learn-newsletter:\d+/);
    expect(out.stdout).not.toMatch(/Councillors met/);
  });

  it('a feed that names no site: its pack goes where the config applies it, and convert and check use it', async () => {
    const dir = await temp.make();
    await writeFile(path.join(dir, 'quay.xml'), readFileSync(path.join(fixturesDir, 'learn-feed', 'quay-letter.xml')));
    expect(feedscrub(['learn', '--no-config', 'quay.xml', '-o', 'feedscrub.config.json'], { cwd: dir }).status).toBe(0);
    const pack = JSON.parse(readFileSync(path.join(dir, 'feedscrub.config.json'), 'utf8')) as { sites: unknown[]; customRules: { id: string }[] };
    expect(pack.sites).toEqual([]);
    expect(pack.customRules.map((r) => r.id)).toEqual(['learned:quay-xml:1', 'learned:quay-xml:2']);
    // The config is found in the folder, as a user's would be.
    const out = feedscrub(['quay.xml', '--to', 'ndjson', '-q'], { cwd: dir });
    const articles = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Article);
    expect(articles.map((a) => a.text)).toEqual(articles.map(() => expect.not.stringMatching(/Quay Letter|Reply to this letter/)));
    expect(articles[2]?.text).toBe('From November the Saturday market moves into the old net loft, where the stalls will stay dry whatever the weather.');
    // Markdown converted without the pack still carries the furniture: check names it by the learned ids.
    expect(feedscrub(['quay.xml', '--no-config', '-q', '--to', 'md', '-o', 'site/'], { cwd: dir }).status).toBe(0);
    const check = feedscrub(['check', 'site'], { cwd: dir });
    expect(check.stdout).toMatch(/Boilerplate "Reply to this letter to tell us your news\."\s+learned:quay-xml:2/);
    expect(check.stdout.match(/learned:quay-xml:1/g)).toHaveLength(6);
  });

  it('--learn removes what the batch repeats in the same run, and the table reads', () => {
    const cwd = path.join(fixturesDir, '..');
    const out = feedscrub(['--no-config', '-q', '--learn', '--to', 'ndjson', 'fixtures/learn-newsletter'], { cwd });
    const articles = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Article);
    expect(articles).toHaveLength(6);
    for (const a of articles) expect(a.text).not.toMatch(/first ran in the Harbour Notes/);
    const table = feedscrub(['learn', '--no-config', '--format', 'table', 'fixtures/learn-newsletter'], { cwd });
    expect(table.stdout).toMatch(/learned:learn-newsletter:\d+ {2}6\/6/);
  });

  it('--learn on an NDJSON stream learns from its first records and removes the furniture from all of them', () => {
    const records = Array.from({ length: 7 }, (_, i) =>
      JSON.stringify({ title: `Note ${i}`, url: `https://quayside.example/notes/${i}`, content: `The ${['ferry', 'pier', 'lighthouse', 'regatta', 'market', 'bakery', 'chandlery'][i]} story ${i} has its own words, enough of them to read as a paragraph of prose.\n\nQuayside Post, issue ${40 + i}. Forward it to a friend.` }),
    );
    const out = feedscrub(['--no-config', '--learn', '--to', 'ndjson', '--explain'], { cwd: fixturesDir, stdin: `${records.join('\n')}\n` });
    const articles = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Article);
    expect(articles.map((a) => a.text)).toEqual(articles.map((_, i) => expect.stringMatching(new RegExp(`^The \\w+ story ${i} has its own words, enough of them to read as a paragraph of prose\\.$`))));
    expect(out.stderr).toMatch(/learned:quayside-example:\d+\s+Forward it to a friend\./);
  });
});
