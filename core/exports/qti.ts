// The quiz as IMS QTI 2.1 (Question & Test Interoperability, version 2.1): one
// assessmentItem XML file per item plus an IMS Content Packaging manifest (imsmanifest.xml),
// returned as a list of {path, content} files for the caller to zip. No assessmentTest: the
// package is an item bank. Pure.
//
// Who imports it: Canvas imports QTI 2.1 content packages through Settings > Import course
// content > "QTI .zip file" (its converter handles choice items most reliably; ordering and
// matching support varies, and we have not tested an import here); OpenOlat/OPAL and TAO are
// QTI 2.1 native. Moodle does NOT import QTI natively: give Moodle the GIFT export.
//
// Mapping: multiple-choice, cloze, who-said-it and true-false -> choiceInteraction (single
// cardinality); timeline -> orderInteraction (ordered cardinality, correct order oldest first);
// matching -> matchInteraction (directedPair "prompt option", multiple cardinality). Every
// item uses the standard match_correct response-processing template (all or nothing: QTI
// scores timeline and matching without the partial credit Crosscheck gives). The explanation
// and evidence are not exported (QTI 2.1 feedback needs custom response processing).
// All text is XML-escaped (& < > " ') and characters XML 1.0 forbids are removed.
import type { ChoiceItem, Item, MatchingItem, Quiz, TimelineItem } from '../quiz/schema.ts';
import { escapeXml } from '../gradebook/xml.ts';

export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_SCHEMA = `${QTI_NAMESPACE} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`;
const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const MATCH_CORRECT = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct';

export interface QtiFile {
  path: string;
  content: string;
}

export { escapeXml };

/** The QTI identifier of an item: "item-" + its id (an NCName: item ids may start with a digit). */
export function qtiItemIdentifier(item: Pick<Item, 'id'>): string {
  return `item-${item.id}`;
}

/** Where an item's XML sits in the package. */
export function qtiItemPath(item: Pick<Item, 'id'>): string {
  return `items/${qtiItemIdentifier(item)}.xml`;
}

const choiceId = (i: number) => `choice_${i}`;
const promptId = (i: number) => `prompt_${i}`;
const optionId = (i: number) => `option_${i}`;

function response(cardinality: 'single' | 'ordered' | 'multiple', baseType: 'identifier' | 'directedPair', values: string[]): string {
  return [
    `  <responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="${baseType}">`,
    '    <correctResponse>',
    ...values.map((value) => `      <value>${escapeXml(value)}</value>`),
    '    </correctResponse>',
    '  </responseDeclaration>',
  ].join('\n');
}

function choiceParts(item: ChoiceItem): [string, string] {
  const interaction = [
    '    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1" minChoices="0">',
    ...item.options.map((option, i) => `      <simpleChoice identifier="${choiceId(i)}">${escapeXml(option)}</simpleChoice>`),
    '    </choiceInteraction>',
  ].join('\n');
  return [response('single', 'identifier', [choiceId(item.key)]), interaction];
}

function timelineParts(item: TimelineItem): [string, string] {
  const interaction = [
    '    <orderInteraction responseIdentifier="RESPONSE" shuffle="false">',
    '      <prompt>Put the events in order, oldest first.</prompt>',
    ...item.options.map((event, i) => `      <simpleChoice identifier="${choiceId(i)}">${escapeXml(event)}</simpleChoice>`),
    '    </orderInteraction>',
  ].join('\n');
  return [response('ordered', 'identifier', item.key.map(choiceId)), interaction];
}

function matchingParts(item: MatchingItem): [string, string] {
  const interaction = [
    `    <matchInteraction responseIdentifier="RESPONSE" shuffle="false" maxAssociations="${item.prompts.length}">`,
    '      <simpleMatchSet>',
    ...item.prompts.map((prompt, i) => `        <simpleAssociableChoice identifier="${promptId(i)}" matchMax="1">${escapeXml(prompt)}</simpleAssociableChoice>`),
    '      </simpleMatchSet>',
    '      <simpleMatchSet>',
    ...item.options.map(
      (option, i) => `        <simpleAssociableChoice identifier="${optionId(i)}" matchMax="${item.prompts.length}">${escapeXml(option)}</simpleAssociableChoice>`,
    ),
    '      </simpleMatchSet>',
    '    </matchInteraction>',
  ].join('\n');
  const pairs = item.key.map((option, prompt) => `${promptId(prompt)} ${optionId(option)}`);
  return [response('multiple', 'directedPair', pairs), interaction];
}

/** One item as a QTI 2.1 assessmentItem document; `number` (1-based) is used in its title. */
export function qtiItem(quiz: Pick<Quiz, 'title'>, item: Item, number: number): string {
  const [declaration, interaction] =
    item.type === 'timeline' ? timelineParts(item) : item.type === 'matching' ? matchingParts(item) : choiceParts(item);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${QTI_NAMESPACE}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_SCHEMA}"`,
    `  identifier="${escapeXml(qtiItemIdentifier(item))}" title="${escapeXml(`${quiz.title} Q${number}`)}" adaptive="false" timeDependent="false">`,
    declaration,
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">',
    '    <defaultValue>',
    '      <value>0</value>',
    '    </defaultValue>',
    '  </outcomeDeclaration>',
    '  <itemBody>',
    `    <p>${escapeXml(item.stem)}</p>`,
    interaction,
    '  </itemBody>',
    `  <responseProcessing template="${MATCH_CORRECT}"/>`,
    '</assessmentItem>',
    '',
  ].join('\n');
}

/** The IMS Content Packaging manifest listing every item file as an imsqti_item_xmlv2p1 resource. */
export function qtiManifest(quiz: Quiz): string {
  const resources = quiz.items.map((item) => {
    const href = escapeXml(qtiItemPath(item));
    return [
      `    <resource identifier="res-${escapeXml(qtiItemIdentifier(item))}" type="imsqti_item_xmlv2p1" href="${href}">`,
      `      <file href="${href}"/>`,
      '    </resource>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${CP_NAMESPACE}" xmlns:xsi="${XSI}" identifier="manifest-${escapeXml(quiz.id)}"`,
    `  xsi:schemaLocation="${CP_NAMESPACE} http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd">`,
    '  <metadata>',
    '    <schema>QTIv2.1 Package</schema>',
    '    <schemaversion>1.0.0</schemaversion>',
    '  </metadata>',
    '  <organizations/>',
    '  <resources>',
    ...resources,
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** The package: imsmanifest.xml first, then one items/item-<id>.xml per quiz item, in quiz order. */
export function quizToQti(quiz: Quiz): QtiFile[] {
  return [
    { path: 'imsmanifest.xml', content: qtiManifest(quiz) },
    ...quiz.items.map((item, i) => ({ path: qtiItemPath(item), content: qtiItem(quiz, item, i + 1) })),
  ];
}
