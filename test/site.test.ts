import { describe, expect, it } from 'vitest';
import { agencyAlone, isMarkedBrand, isPublicationToken, readCredit, siteOfDesk } from '../src/metadata/credit/credit.js';
import { copyrightHolder } from '../src/metadata/copyright.js';
import { issuerOf } from '../src/metadata/issuer.js';
import { titleSuffix } from '../src/metadata/title-suffix.js';
import { asLabel, hostsIn, siteLabel } from '../src/text/hosts.js';
import { calledSite } from '../src/rules/site-call.js';
import { publisherOf } from '../src/rules/reprint-notice.js';

/**
 * The statements that name the site, family by family: each with what it takes and, as much, what
 * it must leave alone (a person's credit, a company, a sentence about someone else).
 */
describe('a credit that names a publication', () => {
  it.each(['dpreview', 'Framasoft', 'Fietsnieuws', 'Tagespresse', 'Cyklistbloggen', 'Autonoticias'])('%s ends in a publication word', (token) => {
    expect(isPublicationToken(token)).toBe(true);
    expect(readCredit(token, { placed: true })?.kind).toBe('desk');
  });

  it.each(['adriancolyer', 'Jordan', 'Newsome', 'Bennet', 'mvasquez', 'Pressley'])('%s is a login or a name', (token) => {
    expect(isPublicationToken(token)).toBe(false);
    expect(readCredit(token, { placed: true })?.kind).toBe('person');
  });

  it('a token that spells the site of an address in the dump is the site', () => {
    const labels = new Set(['fjellvandreren']);
    expect(readCredit('Fjellvandreren', { placed: true, hostLabels: labels })?.kind).toBe('desk');
    expect(readCredit('Fjellvandreren', { placed: true })?.kind).toBe('person');
    // Only where the dump's author field stands: higher up, one word is not even a credit.
    expect(readCredit('Fjellvandreren', { hostLabels: labels })).toBeNull();
  });

  it.each([
    ['Cornucopia?', true],
    ['Kaffeeklatsch!', true],
    ['Yahoo!', true],
    ['Really?', false],
    ['Why?', false],
    ['Merci!', false],
    ['Is it over?', false],
  ])('%s with its mark: brand %s', (text, brand) => {
    expect(isMarkedBrand(text)).toBe(brand);
  });

  it('names the site a desk credit gives, in the forms feeds print', () => {
    expect(siteOfDesk('the us sun')).toBe('the us sun');
    expect(siteOfDesk('@Technikblog')).toBe('Technikblog');
    expect(siteOfDesk('Cornucopia?')).toBe('Cornucopia?');
    expect(siteOfDesk('the editors')).toBeNull();
  });

  it('an agency alone is its own copy; a picture library never is', () => {
    expect(agencyAlone('ТАСС')).toBe('ТАСС');
    expect(agencyAlone('EFE')).toBe('EFE');
    expect(agencyAlone('Getty Images')).toBeNull();
    expect(agencyAlone('Jane Doe')).toBeNull();
  });
});

describe('the site an address names', () => {
  it.each([
    ['utdelningsseglaren.blogspot.com', 'utdelningsseglaren'],
    ['kraftwerk.blogspot.com.br', 'kraftwerk'],
    ['www.dpreview.com', 'dpreview'],
    ['feeds.braingle.com', 'braingle'],
    ['news.bbc.co.uk', 'bbc'],
    ['harbour.substack.com', 'harbour'],
    ['adriancolyer.files.wordpress.com', null],
    ['wordpress.com', null],
  ])('%s -> %s', (host, label) => {
    expect(siteLabel(host)).toBe(label);
  });

  it('reads the hosts of links and addresses in text', () => {
    expect([...hostsIn('<a href="https://www.example.org/a">x</a> and http://Blog.Example.net:8080/b')]).toEqual(['example.org', 'blog.example.net']);
    expect(asLabel('Bourse-Info Ré')).toBe('bourseinfore');
  });
});

describe('the page title that adds the site', () => {
  it.each([
    ['Site Takeover via the API', 'Site Takeover via the API - Harbour Security', 'Harbour Security'],
    ['Royal Arrogance', 'Royal Arrogance | Opinion | Harbour International', 'Harbour International'],
    ['港町の朝市、今年も始まる', '港町の朝市、今年も始まる｜みなと新報', 'みなと新報'],
    ['Headline', 'Headline', null],
    ['Headline here', 'Another headline - Site', null],
    ['Short', 'Short - and then a whole sentence that goes on and on to the end.', null],
  ])('%s / %s', (headline, page, site) => {
    expect(titleSuffix(headline, page)).toBe(site);
  });
});

describe('a call to read more of the site', () => {
  it.each([
    ['Braingle.com', 'Braingle'],
    ['[Knobelwelt](https://knobelwelt.example)', 'Knobelwelt'],
    ['SAYS Seismik', 'SAYS Seismik'],
    ['Google News', null],
    ['the chart below and then some more words', null],
  ])('%s -> %s', (raw, site) => {
    expect(calledSite(raw)).toBe(site);
  });
});

describe('a reprint notice names its publisher', () => {
  it.each([
    ['极客公园 GeekPark', '极客公园'],
    ['山城日報', '山城日報'],
    ['作者', null],
    ['Harbour Daily', 'Harbour Daily'],
  ])('%s -> %s', (raw, site) => {
    expect(publisherOf(raw)).toBe(site);
  });
});

describe('an organisation speaking for itself', () => {
  it.each([
    ['La Bourse de Casablanca informe ses clients qu’elle sera ouverte vendredi.', 'Bourse de Casablanca'],
    ['Opening hours change in June.\n\nThe Harbour Seed Exchange team wishes you a peaceful winter.', 'Harbour Seed Exchange'],
    ['Die Stadtwerke Nordhafen informiert ihre Kunden über die Wartung.', 'Stadtwerke Nordhafen'],
    ['Das Team von Stadtwerke Nordhafen wünscht Ihnen frohe Feiertage.', 'Stadtwerke Nordhafen'],
    ['The Northern Savings Bank informed customers last week that its branch will close.', null],
    ['Jane Doe wishes you a happy new year.', null],
    ['Le maire vous souhaite une bonne année.', null],
  ])('%s -> %s', (text, site) => {
    expect(issuerOf(text)).toBe(site);
  });
});

describe('a copyright line under the text', () => {
  it.each([
    ['Story.\n\n© 2021 Harbour Gazette. All rights reserved.', 'Harbour Gazette'],
    ['Story.\n\nCopyright (c) 2019-2024 example.com', 'example.com'],
    ['Story.\n\n© Technews 2023', 'Technews'],
    ['Story.\n\nCopyright © 2020 Radio Kootenay. Tous droits réservés.', 'Radio Kootenay'],
    ['Story.\n\n© 2021 Jane Doe. All rights reserved.', null],
    ['Story.\n\n© 2024 Advance Local Media LLC. All rights reserved.', null],
    ['Story.\n\n© 2024 The Associated Press. All rights reserved.', null],
    ['The © sign was first used in 1802 by a harbour gazette, the museum says.', null],
  ])('%s -> %s', (text, site) => {
    expect(copyrightHolder(text)).toBe(site);
  });
});
