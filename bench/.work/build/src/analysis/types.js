import { CODES_MARKER_TAG } from "../codes/marker.js";
function markerOf(symbol, checker) {
    const tag = symbol?.getJsDocTags(checker).find((t) => t.name === CODES_MARKER_TAG);
    const text = tag?.text?.map((part) => part.text).join('') ?? '';
    return text.trim().split(/\s+/)[0] || undefined;
}
/** The enum an enum-member literal type belongs to. */
function enumSymbolOf(type) {
    const declaration = type.symbol?.valueDeclaration;
    const parent = declaration?.parent;
    return parent?.symbol;
}
const NULLISH = 0x8000 | 0x10000 | 0x4000; // Null | Undefined | Void
export function typeFactsOf(node, services) {
    const checker = services.program.getTypeChecker();
    const type = services.getTypeAtLocation(node);
    const members = type.isUnion() ? type.types : [type];
    const values = [];
    let markedFamily = markerOf(type.aliasSymbol, checker);
    for (const member of members) {
        if (member.flags & NULLISH)
            continue;
        if (member.isNumberLiteral() || member.isStringLiteral()) {
            values.push(member.value);
            markedFamily ??= markerOf(enumSymbolOf(member), checker) ?? markerOf(member.aliasSymbol, checker);
            continue;
        }
        // `number`, `string`, `any`, objects: the type does not pin the codes down.
        return undefined;
    }
    if (values.length === 0)
        return undefined;
    const channelArg = type.aliasTypeArguments?.[0];
    const channel = channelArg?.isStringLiteral() ? channelArg.value : undefined;
    return { values, ...(markedFamily ? { markedFamily } : {}), ...(channel ? { channel } : {}) };
}
/** The literal value of one expression (a case test the AST could not resolve), if its type is a literal. */
export function literalTypeValue(node, services) {
    const type = services.getTypeAtLocation(node);
    return type.isNumberLiteral() || type.isStringLiteral() ? type.value : undefined;
}
