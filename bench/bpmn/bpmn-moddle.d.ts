/**
 * The part of bpmn-moddle (bpmn-engine's XML parser, untyped) the engine benchmark uses: parsing
 * once, to check the file has no warnings and to share one serialized definition between cases.
 * bpmn-engine, bpmn-elements and moddle-context-serializer ship their own types.
 */
declare module 'bpmn-moddle' {
  /** A problem the lax reader skipped over: an unknown element or attribute, a broken reference. */
  export interface ParseWarning {
    message: string;
    element?: { id?: string; $type?: string };
    property?: string;
    error?: Error;
  }

  /** `fromXML`'s result: what moddle-context-serializer takes as the "moddle context". */
  export interface ParseResult {
    rootElement: { id?: string; $type: string };
    references: unknown[];
    warnings: ParseWarning[];
    elementsById: Record<string, unknown>;
  }

  export default class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string): Promise<ParseResult>;
  }
}
