// A small QTI 2.1 response-processing evaluator, for the tests: it scores an assessmentItem
// document against a candidate response the way a QTI engine does, for exactly what our
// export emits — the standard match_correct and map_response templates (expanded from their
// IMS definitions below) and the custom rules of the timeline (responseCondition,
// setOutcomeValue; match, isNull, variable, correct, baseValue, mapResponse, index, lt, sum,
// divide). Anything else throws, so an export that starts emitting something new fails its
// tests instead of being scored wrongly. NULL propagates as the QTI 2.1 spec says: an
// operator given NULL gives NULL, and a NULL condition counts as false.
import { XMLParser } from 'fast-xml-parser';

/** A QTI value: NULL, a single value, or a container (an empty container is NULL). */
export type QtiValue = null | string | number | boolean | { cardinality: 'multiple' | 'ordered'; values: string[] };

type Node = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

/** The IMS definitions of the two templates we reference (rptemplates/match_correct.xml, map_response.xml). */
const TEMPLATES: Record<string, string> = {
  match_correct: `<responseProcessing><responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>
    <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue></responseIf>
    <responseElse><setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue></responseElse></responseCondition></responseProcessing>`,
  map_response: `<responseProcessing><responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>
    <setOutcomeValue identifier="SCORE"><baseValue baseType="float">0.0</baseValue></setOutcomeValue></responseIf>
    <responseElse><setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue></responseElse></responseCondition></responseProcessing>`,
};
const TEMPLATE_BASE = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates/';

const nameOf = (node: Node): string => Object.keys(node).find((key) => key !== ':@')!;
const childrenOf = (node: Node): Node[] => (node[nameOf(node)] as Node[]).filter((child) => nameOf(child) !== '#text');
const textOf = (node: Node): string => (node[nameOf(node)] as Node[]).map((child) => (child['#text'] as string | undefined) ?? '').join('');
const attr = (node: Node, name: string): string | undefined => (node[':@'] as Record<string, string> | undefined)?.[name];
const children = (node: Node, name: string): Node[] => childrenOf(node).filter((child) => nameOf(child) === name);

function typed(baseType: string, text: string): string | number | boolean {
  switch (baseType) {
    case 'integer':
    case 'float':
      return Number(text);
    case 'boolean':
      return text === 'true';
    default:
      return text.trim().replace(/\s+/g, ' ');
  }
}

interface Declaration {
  cardinality: string;
  baseType: string;
  correct: QtiValue;
  mapping?: { defaultValue: number; lowerBound?: number; upperBound?: number; entries: Map<string, number> };
}

function values(declaration: Node, baseType: string, cardinality: string): QtiValue {
  const list = children(declaration, 'value').map((value) => typed(baseType, textOf(value)));
  if (list.length === 0) return null;
  return cardinality === 'single' ? list[0]! : { cardinality: cardinality as 'multiple' | 'ordered', values: list.map(String) };
}

function declarationOf(node: Node): Declaration {
  const cardinality = attr(node, 'cardinality')!;
  const baseType = attr(node, 'baseType')!;
  const correct = children(node, 'correctResponse')[0];
  const mapping = children(node, 'mapping')[0];
  const bound = (name: string) => (attr(mapping!, name) === undefined ? undefined : Number(attr(mapping!, name)));
  return {
    cardinality,
    baseType,
    correct: correct ? values(correct, baseType, cardinality) : null,
    mapping: mapping && {
      defaultValue: Number(attr(mapping, 'defaultValue') ?? 0),
      lowerBound: bound('lowerBound'),
      upperBound: bound('upperBound'),
      entries: new Map(children(mapping, 'mapEntry').map((entry) => [String(typed(baseType, attr(entry, 'mapKey')!)), Number(attr(entry, 'mappedValue'))])),
    },
  };
}

const isNull = (value: QtiValue) => value === null || (typeof value === 'object' && value.values.length === 0);

function sameValue(a: QtiValue, b: QtiValue): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  if (a.cardinality !== b.cardinality || a.values.length !== b.values.length) return false;
  if (a.cardinality === 'ordered') return a.values.every((value, i) => value === b.values[i]);
  const sorted = (list: string[]) => [...list].sort().join('\n');
  return sorted(a.values) === sorted(b.values);
}

function numbers(operands: QtiValue[]): number[] | null {
  if (operands.some(isNull)) return null;
  return operands.map((operand) => {
    if (typeof operand !== 'number') throw new Error(`expected a number, got ${JSON.stringify(operand)}`);
    return operand;
  });
}

class ItemSession {
  readonly outcomes = new Map<string, QtiValue>();
  readonly responses = new Map<string, QtiValue>();
  readonly declarations = new Map<string, Declaration>();

  evaluate(node: Node): QtiValue {
    const operands = () => childrenOf(node).map((child) => this.evaluate(child));
    switch (nameOf(node)) {
      case 'baseValue':
        return typed(attr(node, 'baseType')!, textOf(node));
      case 'variable': {
        const id = attr(node, 'identifier')!;
        if (this.responses.has(id)) return this.responses.get(id)!;
        if (this.outcomes.has(id)) return this.outcomes.get(id)!;
        throw new Error(`undeclared variable ${id}`);
      }
      case 'correct':
        return this.declaration(attr(node, 'identifier')!).correct;
      case 'isNull':
        return isNull(operands()[0]!);
      case 'match': {
        const [a, b] = operands();
        return isNull(a!) || isNull(b!) ? null : sameValue(a!, b!);
      }
      case 'mapResponse':
        return this.mapResponse(attr(node, 'identifier')!);
      case 'index': {
        const [container] = operands();
        const n = Number(attr(node, 'n'));
        if (isNull(container!) || typeof container !== 'object' || container!.cardinality !== 'ordered') return null;
        const value = container!.values[n - 1];
        return value === undefined ? null : value;
      }
      case 'lt': {
        const list = numbers(operands());
        return list && list[0]! < list[1]!;
      }
      case 'sum': {
        const list = numbers(operands());
        return list && list.reduce((a, b) => a + b, 0);
      }
      case 'divide': {
        const list = numbers(operands());
        return list && list[1] !== 0 ? list[0]! / list[1]! : null;
      }
      default:
        throw new Error(`the evaluator does not know <${nameOf(node)}>`);
    }
  }

  run(rule: Node): void {
    switch (nameOf(rule)) {
      case 'setOutcomeValue': {
        const id = attr(rule, 'identifier')!;
        if (!this.outcomes.has(id)) throw new Error(`undeclared outcome ${id}`);
        this.outcomes.set(id, this.evaluate(childrenOf(rule)[0]!));
        return;
      }
      case 'responseCondition':
        for (const branch of childrenOf(rule)) {
          const [condition, ...body] = childrenOf(branch);
          const taken = nameOf(branch) === 'responseElse' ? true : this.evaluate(condition!) === true;
          if (taken) {
            for (const inner of nameOf(branch) === 'responseElse' ? childrenOf(branch) : body) this.run(inner);
            return;
          }
        }
        return;
      default:
        throw new Error(`the evaluator does not know the rule <${nameOf(rule)}>`);
    }
  }

  private declaration(id: string): Declaration {
    const declaration = this.declarations.get(id);
    if (!declaration) throw new Error(`undeclared response ${id}`);
    return declaration;
  }

  private mapResponse(id: string): number {
    const { mapping } = this.declaration(id);
    if (!mapping) throw new Error(`mapResponse on ${id}, which has no mapping`);
    const response = this.responses.get(id) ?? null;
    const list = response === null ? [] : typeof response === 'object' ? [...new Set(response.values)] : [String(response)];
    let total = list.reduce((sum, value) => sum + (mapping.entries.get(value) ?? mapping.defaultValue), 0);
    if (mapping.lowerBound !== undefined) total = Math.max(total, mapping.lowerBound);
    if (mapping.upperBound !== undefined) total = Math.min(total, mapping.upperBound);
    return total;
  }
}

const documentRoot = (xml: string, name: string): Node => {
  const root = (parser.parse(xml) as Node[]).find((node) => nameOf(node) === name);
  if (!root) throw new Error(`no <${name}> element`);
  return root;
};

/** Runs an assessmentItem's response processing on `response` (for RESPONSE) and returns its SCORE outcome. */
export function scoreQtiItem(xml: string, response: QtiValue): number {
  const item = documentRoot(xml, 'assessmentItem');
  const session = new ItemSession();
  for (const declaration of children(item, 'responseDeclaration')) {
    const id = attr(declaration, 'identifier')!;
    session.declarations.set(id, declarationOf(declaration));
    session.responses.set(id, id === 'RESPONSE' ? response : null);
  }
  for (const declaration of children(item, 'outcomeDeclaration')) {
    const defaults = children(declaration, 'defaultValue')[0];
    const value = defaults ? values(defaults, attr(declaration, 'baseType')!, attr(declaration, 'cardinality')!) : null;
    session.outcomes.set(attr(declaration, 'identifier')!, value);
  }
  const processing = children(item, 'responseProcessing')[0];
  if (!processing) throw new Error('no responseProcessing');
  const templateUri = attr(processing, 'template');
  const rules = templateUri ? documentRoot(templateFor(templateUri), 'responseProcessing') : processing;
  for (const rule of childrenOf(rules)) session.run(rule);
  const score = session.outcomes.get('SCORE');
  if (typeof score !== 'number') throw new Error(`SCORE is ${JSON.stringify(score)}, not a number`);
  return score;
}

function templateFor(uri: string): string {
  const name = uri.startsWith(TEMPLATE_BASE) ? uri.slice(TEMPLATE_BASE.length) : '';
  const template = TEMPLATES[name];
  if (!template) throw new Error(`unknown response processing template ${uri}`);
  return template;
}
