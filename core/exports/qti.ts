// The quiz as IMS QTI 2.1 (Question & Test Interoperability, version 2.1): one
// assessmentItem XML file per item plus an IMS Content Packaging manifest (imsmanifest.xml),
// returned as a list of {path, content} files for the caller to zip. No assessmentTest: the
// package is an item bank. Pure.
//
// Who imports it: Canvas (Settings > Import course content > "QTI .zip file") puts the items in
// a question bank, not a quiz; OpenOlat/OPAL and TAO are QTI 2.1 native. Moodle does NOT
// import QTI natively: give Moodle the GIFT export. The README's export notes say per LMS what
// imports and what is lost.
//
// Mapping and scoring (SCORE from 0 to 1, as the site grades):
// - multiple-choice, cloze, who-said-it, true-false -> choiceInteraction (single cardinality),
//   standard match_correct template (right 1, wrong 0);
// - matching -> matchInteraction (directedPair "prompt option", multiple cardinality), standard
//   map_response template with a mapping worth 1/n per right pair (4 of 5 right scores 0.8);
// - timeline -> orderInteraction (ordered cardinality, correct order oldest first), custom
//   response processing giving the share of event pairs in the right order (qti-ordering.ts).
// The manifest says each item's interactionType (qtiMetadata): Canvas's converter reads it to
// pick the question type, and without it cannot tell an orderInteraction apart (an "Error"
// question). Canvas looks for it in the imsqti_v2p1 namespace, the QTI 2.1 metadata schema
// puts it in imsqti_metadata_v2p1: the manifest carries both.
// The explanation and evidence are not exported (QTI 2.1 feedback needs modalFeedback wiring).
// All text is XML-escaped (& < > " ') and characters XML 1.0 forbids are removed.
import type { ChoiceItem, Item, MatchingItem, Quiz, TimelineItem } from '../quiz/schema.ts';
import { escapeXml } from '../gradebook/xml.ts';
import { orderingOutcomes, orderingResponseProcessing } from './qti-ordering.ts';

const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_SCHEMA = `${QTI_NAMESPACE} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`;
const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const QTI_METADATA_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqti_metadata_v2p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const TEMPLATES = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates';

export interface QtiFile {
  path: string;
  content: string;
}

export { escapeXml };

/** The QTI identifier of an item: "item-" + its id (an NCName: item ids may start with a digit). */
function qtiItemIdentifier(item: Pick<Item, 'id'>): string {
  return `item-${item.id}`;
}

/** Where an item's XML sits in the package. */
function qtiItemPath(item: Pick<Item, 'id'>): string {
  return `items/${qtiItemIdentifier(item)}.xml`;
}

const choiceId = (i: number) => `choice_${i}`;
const promptId = (i: number) => `prompt_${i}`;
const optionId = (i: number) => `option_${i}`;

/** What differs between item types: the response declaration, the interaction, and how it is scored. */
interface ItemParts {
  interactionType: 'choiceInteraction' | 'orderInteraction' | 'matchInteraction';
  responseDeclaration: string;
  /** Outcome declarations besides SCORE that the response processing uses. */
  outcomes: string[];
  interaction: string;
  responseProcessing: string;
}

const template = (name: 'match_correct' | 'map_response') => `  <responseProcessing template="${TEMPLATES}/${name}"/>`;

function response(cardinality: 'single' | 'ordered' | 'multiple', baseType: 'identifier' | 'directedPair', values: string[], mapping: string[] = []): string {
  return [
    `  <responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="${baseType}">`,
    '    <correctResponse>',
    ...values.map((value) => `      <value>${escapeXml(value)}</value>`),
    '    </correctResponse>',
    ...mapping,
    '  </responseDeclaration>',
  ].join('\n');
}

function choiceParts(item: ChoiceItem): ItemParts {
  const interaction = [
    '    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1" minChoices="0">',
    ...item.options.map((option, i) => `      <simpleChoice identifier="${choiceId(i)}">${escapeXml(option)}</simpleChoice>`),
    '    </choiceInteraction>',
  ].join('\n');
  return {
    interactionType: 'choiceInteraction',
    responseDeclaration: response('single', 'identifier', [choiceId(item.key)]),
    outcomes: [],
    interaction,
    responseProcessing: template('match_correct'),
  };
}

function timelineParts(item: TimelineItem): ItemParts {
  const interaction = [
    '    <orderInteraction responseIdentifier="RESPONSE" shuffle="false">',
    '      <prompt>Put the events in order, oldest first.</prompt>',
    ...item.options.map((event, i) => `      <simpleChoice identifier="${choiceId(i)}">${escapeXml(event)}</simpleChoice>`),
    '    </orderInteraction>',
  ].join('\n');
  return {
    interactionType: 'orderInteraction',
    responseDeclaration: response('ordered', 'identifier', item.key.map(choiceId)),
    outcomes: orderingOutcomes(item),
    interaction,
    responseProcessing: orderingResponseProcessing(item, choiceId),
  };
}

function matchingParts(item: MatchingItem): ItemParts {
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
  // Each right pair is worth 1/n, as the site grades; a wrong pair is worth nothing.
  const mapping = [
    '    <mapping defaultValue="0" lowerBound="0" upperBound="1">',
    ...pairs.map((pair) => `      <mapEntry mapKey="${pair}" mappedValue="${1 / pairs.length}"/>`),
    '    </mapping>',
  ];
  return {
    interactionType: 'matchInteraction',
    responseDeclaration: response('multiple', 'directedPair', pairs, mapping),
    outcomes: [],
    interaction,
    responseProcessing: template('map_response'),
  };
}

function itemParts(item: Item): ItemParts {
  return item.type === 'timeline' ? timelineParts(item) : item.type === 'matching' ? matchingParts(item) : choiceParts(item);
}

/** The QTI interaction an item becomes (what the manifest's interactionType says). */
function qtiInteractionType(item: Item): ItemParts['interactionType'] {
  return itemParts(item).interactionType;
}

/** One item as a QTI 2.1 assessmentItem document; `number` (1-based) is used in its title. */
export function qtiItem(quiz: Pick<Quiz, 'title'>, item: Item, number: number): string {
  const parts = itemParts(item);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${QTI_NAMESPACE}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_SCHEMA}"`,
    `  identifier="${escapeXml(qtiItemIdentifier(item))}" title="${escapeXml(`${quiz.title} Q${number}`)}" adaptive="false" timeDependent="false">`,
    parts.responseDeclaration,
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">',
    '    <defaultValue>',
    '      <value>0</value>',
    '    </defaultValue>',
    '  </outcomeDeclaration>',
    ...parts.outcomes,
    '  <itemBody>',
    `    <p>${escapeXml(item.stem)}</p>`,
    parts.interaction,
    '  </itemBody>',
    parts.responseProcessing,
    '</assessmentItem>',
    '',
  ].join('\n');
}

/**
 * The IMS Content Packaging manifest listing every item file as an imsqti_item_xmlv2p1 resource,
 * with its interactionType in QTI 2.1 metadata (`imsqti:`) and again where Canvas reads it (`qti:`).
 */
function qtiManifest(quiz: Quiz): string {
  const resources = quiz.items.map((item) => {
    const href = escapeXml(qtiItemPath(item));
    const interactionType = qtiInteractionType(item);
    return [
      `    <resource identifier="res-${escapeXml(qtiItemIdentifier(item))}" type="imsqti_item_xmlv2p1" href="${href}">`,
      '      <metadata>',
      `        <imsqti:qtiMetadata><imsqti:interactionType>${interactionType}</imsqti:interactionType></imsqti:qtiMetadata>`,
      `        <qti:qtiMetadata><qti:interactionType>${interactionType}</qti:interactionType></qti:qtiMetadata>`,
      '      </metadata>',
      `      <file href="${href}"/>`,
      '    </resource>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${CP_NAMESPACE}" xmlns:imsqti="${QTI_METADATA_NAMESPACE}" xmlns:qti="${QTI_NAMESPACE}" xmlns:xsi="${XSI}" identifier="manifest-${escapeXml(quiz.id)}"`,
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
