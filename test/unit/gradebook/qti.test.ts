import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, qtiItem, quizToQti } from '../../../core/exports/qti.ts';
import type { Item } from '../../../core/quiz/schema.ts';
import { item, quiz } from './fixtures.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['value', 'simpleChoice', 'simpleMatchSet', 'simpleAssociableChoice', 'resource'].includes(name) });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;
const parse = (xml: string): Node => parser.parse(xml);
const values = (doc: Node): string[] => doc.assessmentItem.responseDeclaration.correctResponse.value.map(String);

const tricky = `Fish & "chips" <b>'n'</b> > peas`;

describe('quizToQti', () => {
  const files = quizToQti(quiz);

  it('lists the manifest and one file per item', () => {
    expect(files.map((f) => f.path)).toEqual([
      'imsmanifest.xml',
      'items/item-q1-choice.xml',
      'items/item-q2-tf.xml',
      'items/item-q3-timeline.xml',
      'items/item-q4-matching.xml',
    ]);
  });

  it('produces well-formed XML in every file', () => {
    for (const file of files) expect(XMLValidator.validate(file.content), file.path).toBe(true);
  });

  it('writes a manifest whose resources point at the item files', () => {
    const manifest = parse(files[0]!.content).manifest;
    expect(manifest['@_xmlns']).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
    expect(manifest.metadata.schema).toBe('QTIv2.1 Package');
    const resources = manifest.resources.resource as Node[];
    expect(resources.map((r) => [r['@_identifier'], r['@_type'], r['@_href'], r.file['@_href']])).toEqual(
      files.slice(1).map((f) => [`res-${f.path.slice(6, -4)}`, 'imsqti_item_xmlv2p1', f.path, f.path]),
    );
  });

  it('says each item\'s interactionType in the manifest, in QTI metadata and where Canvas reads it', () => {
    const manifest = parse(files[0]!.content).manifest;
    expect(manifest['@_xmlns:imsqti']).toBe('http://www.imsglobal.org/xsd/imsqti_metadata_v2p1');
    expect(manifest['@_xmlns:qti']).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
    const types = (manifest.resources.resource as Node[]).map((r) => [
      r.metadata['imsqti:qtiMetadata']['imsqti:interactionType'],
      r.metadata['qti:qtiMetadata']['qti:interactionType'],
    ]);
    expect(types).toEqual([
      ['choiceInteraction', 'choiceInteraction'],
      ['choiceInteraction', 'choiceInteraction'],
      ['orderInteraction', 'orderInteraction'],
      ['matchInteraction', 'matchInteraction'],
    ]);
  });

  it('choice items: choiceInteraction, single identifier response, match_correct', () => {
    const doc = parse(files[1]!.content);
    const root = doc.assessmentItem;
    expect(root['@_xmlns']).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
    expect(root['@_identifier']).toBe('item-q1-choice');
    expect(root['@_title']).toBe('Hotline quiz Q1');
    expect(root.responseDeclaration['@_cardinality']).toBe('single');
    expect(root.responseDeclaration['@_baseType']).toBe('identifier');
    expect(values(doc)).toEqual(['choice_1']);
    const choices = root.itemBody.choiceInteraction.simpleChoice as Node[];
    expect(choices.map((c) => [c['@_identifier'], c['#text']])).toEqual([
      ['choice_0', 'Moscow'],
      ['choice_1', 'Washington'],
      ['choice_2', 'Ankara'],
      ['choice_3', 'Damascus'],
    ]);
    expect(root.itemBody.choiceInteraction['@_maxChoices']).toBe('1');
    expect(root.responseProcessing['@_template']).toBe('http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct');
    expect(root.outcomeDeclaration['@_identifier']).toBe('SCORE');
  });

  it('true-false: a choiceInteraction keyed on the right option', () => {
    const doc = parse(files[2]!.content);
    expect(values(doc)).toEqual(['choice_1']);
    expect((doc.assessmentItem.itemBody.choiceInteraction.simpleChoice as Node[]).map((c) => c['#text'])).toEqual(['True', 'False']);
  });

  it('timeline: orderInteraction with the oldest-first order as an ordered response', () => {
    const doc = parse(files[3]!.content);
    const root = doc.assessmentItem;
    expect(root.responseDeclaration['@_cardinality']).toBe('ordered');
    expect(values(doc)).toEqual(['choice_2', 'choice_0', 'choice_1']);
    const choices = root.itemBody.orderInteraction.simpleChoice as Node[];
    expect(choices.map((c) => [c['@_identifier'], c['#text']])).toEqual([
      ['choice_0', 'Hotline set up'],
      ['choice_1', 'Hotline suspended'],
      ['choice_2', 'Coalition formed'],
    ]);
  });

  it('matching: matchInteraction with directedPair prompt -> option', () => {
    const doc = parse(files[4]!.content);
    const root = doc.assessmentItem;
    expect(root.responseDeclaration['@_cardinality']).toBe('multiple');
    expect(root.responseDeclaration['@_baseType']).toBe('directedPair');
    expect(values(doc)).toEqual(['prompt_0 option_0', 'prompt_1 option_1']);
    const [prompts, options] = root.itemBody.matchInteraction.simpleMatchSet as Node[];
    expect(prompts.simpleAssociableChoice.map((c: Node) => [c['@_identifier'], c['#text']])).toEqual([
      ['prompt_0', 'Lavrov'],
      ['prompt_1', 'Kerry'],
    ]);
    expect(options.simpleAssociableChoice.map((c: Node) => [c['@_identifier'], c['#text']])).toEqual([
      ['option_0', 'Russia'],
      ['option_1', 'United States'],
      ['option_2', 'Turkey'],
    ]);
    expect(root.itemBody.matchInteraction['@_maxAssociations']).toBe('2');
  });

  it('matching: map_response with each right pair worth 1/n, so a partly right answer keeps partial credit', () => {
    const root = parse(files[4]!.content).assessmentItem;
    expect(root.responseProcessing['@_template']).toBe('http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response');
    const mapping = root.responseDeclaration.mapping;
    expect([mapping['@_defaultValue'], mapping['@_lowerBound'], mapping['@_upperBound']]).toEqual(['0', '0', '1']);
    const entries = [mapping.mapEntry].flat() as Node[];
    expect(entries.map((e) => [e['@_mapKey'], e['@_mappedValue']])).toEqual([
      ['prompt_0 option_0', '0.5'],
      ['prompt_1 option_1', '0.5'],
    ]);
  });

  it('timeline: custom response processing (no all-or-nothing template), one position outcome per event', () => {
    const root = parse(files[3]!.content).assessmentItem;
    expect(root.responseProcessing['@_template']).toBeUndefined();
    const outcomes = [root.outcomeDeclaration].flat().map((o: Node) => o['@_identifier']);
    expect(outcomes).toEqual(['SCORE', 'POS_0', 'POS_1', 'POS_2', 'PAIRS_RIGHT']);
  });
});

describe('escaping', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
  });

  it('a stem, options and title with & < > " \' survive a round trip', () => {
    const it0 = { ...item(0), stem: tricky, options: [tricky, 'plain'] } as Item;
    const xml = qtiItem({ title: `Quiz "A" & 'B' <1>` }, it0, 1);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<b>');
    const root = parse(xml).assessmentItem;
    expect(root.itemBody.p).toBe(tricky);
    expect(root.itemBody.choiceInteraction.simpleChoice[0]['#text']).toBe(tricky);
    expect(root['@_title']).toBe(`Quiz "A" & 'B' <1> Q1`);
  });

  it('drops characters XML 1.0 forbids, keeping the document well-formed', () => {
    const it0 = { ...item(0), stem: 'bell\u0007 and lone \ud800 surrogate' } as Item;
    const xml = qtiItem(quiz, it0, 1);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parse(xml).assessmentItem.itemBody.p).toBe('bell and lone \ufffd surrogate');
  });
});
