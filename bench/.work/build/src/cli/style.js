export function colourEnabled(stream, env = process.env) {
    return stream.isTTY === true && env.NO_COLOR === undefined;
}
function sgr(open, close, enabled) {
    return enabled ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text;
}
export function stylesFor(stream, env = process.env) {
    const enabled = colourEnabled(stream, env);
    return {
        enabled,
        bold: sgr(1, 22, enabled),
        dim: sgr(2, 22, enabled),
        red: sgr(31, 39, enabled),
        yellow: sgr(33, 39, enabled),
        green: sgr(32, 39, enabled),
        cyan: sgr(36, 39, enabled),
    };
}
