#!/usr/bin/env node
// Checks Portiek's API contract.
//
//   node tools/openapi/check.mjs docs/openapi.yaml [--routes ROUTES_FILE]
//
// 1. Validates the document against the OpenAPI schema and resolves every $ref
//    (@apidevtools/swagger-parser).
// 2. Checks the project's conventions (docs/openapi.yaml's introduction): unique camelCase
//    operationIds, declared tags and path parameters, problem+json for errors, Idempotency-Key on
//    every creating POST, ETag/304 on lists, camelCase properties, date-times for *At, string ids,
//    x-portiek-rights on client-scoped operations, no unused components.
// 3. Validates every example against its schema (ajv), so examples cannot drift from schemas.
// 4. With --routes: every line `METHOD /path/{param}` of the file (as printed by
//    `portiek-server routes`) must be an operation of the document, with an identical path
//    template. An optional third word says the access: `rights=a,b` must equal the operation's
//    x-portiek-rights (and an operation with x-portiek-rights must have it), `import` must match
//    the importApiKey security.
//
// Prints one summary line and exits 0 when all is well; otherwise lists every problem and exits 1.
// Exit 2: wrong usage or dependencies not installed.

import { readFileSync } from 'node:fs';
import path from 'node:path';

const usage = 'usage: node tools/openapi/check.mjs SPEC.yaml [--routes ROUTES_FILE]';

function parseArgs(argv) {
    const args = { spec: null, routes: null };
    for (let i = 0; i < argv.length; ++i) {
        const a = argv[i];
        if (a === '--routes') {
            if (i + 1 >= argv.length) return null;
            args.routes = argv[++i];
        } else if (a.startsWith('--routes=')) {
            args.routes = a.slice('--routes='.length);
        } else if (a === '-h' || a === '--help' || a.startsWith('-') || args.spec) {
            return null;
        } else {
            args.spec = a;
        }
    }
    return args.spec ? args : null;
}

const args = parseArgs(process.argv.slice(2));
if (!args) {
    console.error(usage);
    process.exit(2);
}

let SwaggerParser;
let Ajv;
try {
    SwaggerParser = (await import('@apidevtools/swagger-parser')).default;
    Ajv = (await import('ajv')).default;
} catch (e) {
    if (e && e.code === 'ERR_MODULE_NOT_FOUND') {
        console.error('openapi check: the validator is not installed. Run: npm ci --prefix tools/openapi');
        process.exit(2);
    }
    throw e;
}

const problems = [];
const fail = (where, message) => problems.push(where ? `${where}: ${message}` : message);

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const CAMEL = /^[a-z][a-zA-Z0-9]*$/;

// ------------------------------------------------------------------------------------------------
// 1. Parse and validate
let raw;
let api;
try {
    raw = await SwaggerParser.parse(args.spec);
} catch (e) {
    console.error(`openapi check: ${args.spec} cannot be read or parsed:\n  ${e.message}`);
    process.exit(1);
}
try {
    // validate() dereferences a copy: a $ref that does not resolve is an error here.
    api = await SwaggerParser.validate(args.spec);
} catch (e) {
    console.error(`openapi check: ${args.spec} is not a valid OpenAPI document:\n  ${String(e.message).split('\n').join('\n  ')}`);
    process.exit(1);
}
const is30 = /^3\.0\./.test(raw.openapi);

// ------------------------------------------------------------------------------------------------
// Helpers
function operations(doc) {
    const out = [];
    for (const [p, item] of Object.entries(doc.paths || {})) {
        if (!item) continue;
        for (const m of HTTP_METHODS) {
            if (item[m]) out.push({ path: p, method: m, op: item[m], item });
        }
    }
    return out;
}

function resolvePointer(doc, ref) {
    if (!ref.startsWith('#/')) return undefined;
    let cur = doc;
    for (const part of ref.slice(2).split('/')) {
        const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
        if (cur === null || typeof cur !== 'object' || !(key in cur)) return undefined;
        cur = cur[key];
    }
    return cur;
}

// Follows a $ref chain in the raw document (for parameters, responses, headers).
function deref(node) {
    let seen = 0;
    while (node && typeof node === 'object' && typeof node.$ref === 'string' && seen++ < 20) {
        node = resolvePointer(raw, node.$ref);
    }
    return node;
}

function walk(node, visit, where = '#', seen = new Set()) {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    visit(node, where);
    if (Array.isArray(node)) {
        node.forEach((v, i) => walk(v, visit, `${where}/${i}`, seen));
    } else {
        for (const [k, v] of Object.entries(node)) walk(v, visit, `${where}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, seen);
    }
}

// ------------------------------------------------------------------------------------------------
// 2. Conventions
const ops = operations(raw);
const declaredTags = new Set((raw.tags || []).map((t) => t.name));
const rightsSchema = raw.components?.schemas?.Rights;
const rightNames = new Set(Object.keys(rightsSchema?.properties || {}));
if (!rightsSchema) fail('components.schemas', 'the Rights schema is missing');

const operationIds = new Map();
for (const { path: p, method, op, item } of ops) {
    const where = `${method.toUpperCase()} ${p}`;

    if (!p.startsWith('/api/v1/')) fail(where, 'paths start with /api/v1/');

    // operationId
    if (!op.operationId) fail(where, 'operationId is missing');
    else {
        if (!CAMEL.test(op.operationId)) fail(where, `operationId "${op.operationId}" is not camelCase`);
        if (operationIds.has(op.operationId)) fail(where, `operationId "${op.operationId}" is also used by ${operationIds.get(op.operationId)}`);
        operationIds.set(op.operationId, where);
    }
    if (!op.summary) fail(where, 'summary is missing');

    // tags
    if (!op.tags || op.tags.length === 0) fail(where, 'no tag');
    for (const t of op.tags || []) if (!declaredTags.has(t)) fail(where, `tag "${t}" is not declared in the top-level tags`);

    // parameters: path templates and declarations
    const params = [...(item.parameters || []), ...(op.parameters || [])].map(deref).filter(Boolean);
    const templateNames = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const pathParams = params.filter((x) => x.in === 'path').map((x) => x.name);
    for (const n of templateNames) if (!pathParams.includes(n)) fail(where, `path parameter {${n}} is not declared`);
    for (const n of pathParams) if (!templateNames.includes(n)) fail(where, `path parameter "${n}" is declared but not in the path`);
    const headerNames = params.filter((x) => x.in === 'header').map((x) => x.name.toLowerCase());
    const queryNames = params.filter((x) => x.in === 'query').map((x) => x.name);

    const responses = op.responses || {};
    const codes = Object.keys(responses);

    // errors are problem+json; success bodies are JSON or binary documents
    for (const code of codes) {
        const r = deref(responses[code]);
        if (!r) continue;
        const types = Object.keys(r.content || {});
        if (/^[45]/.test(code)) {
            for (const t of types) if (t !== 'application/problem+json') fail(where, `response ${code} uses ${t}; errors are application/problem+json`);
            if (types.length === 0) fail(where, `response ${code} has no problem+json body`);
        }
        if (code === '429' && !(r.headers && r.headers['Retry-After'])) fail(where, 'response 429 lacks the Retry-After header');
    }

    // Idempotency-Key on every creating POST
    if (method === 'post' && codes.includes('201')) {
        const key = params.find((x) => x.in === 'header' && x.name.toLowerCase() === 'idempotency-key');
        if (!key) fail(where, 'creates something (201) but has no Idempotency-Key header parameter');
        else if (!key.required) fail(where, 'Idempotency-Key must be required');
    }

    // lists: cursor pages with ETag / If-None-Match / 304
    const ok = deref(responses['200']);
    const okSchema = ok?.content?.['application/json']?.schema;
    const okSchemaResolved = okSchema ? deref(okSchema) : undefined;
    const isPage = okSchemaResolved?.properties?.items && okSchemaResolved?.properties?.nextCursor;
    if (method === 'get' && isPage) {
        if (!queryNames.includes('limit') || !queryNames.includes('cursor')) fail(where, 'returns a page but lacks the limit/cursor parameters');
        if (!ok.headers?.ETag) fail(where, 'returns a page but its 200 has no ETag header');
    }
    if (method === 'get' && ok?.headers?.ETag) {
        if (!headerNames.includes('if-none-match')) fail(where, 'has an ETag but no If-None-Match parameter');
        if (!codes.includes('304')) fail(where, 'has an ETag but no 304 response');
    }

    // security and rights
    const security = op.security !== undefined ? op.security : raw.security;
    const isPublic = Array.isArray(security) && security.length === 0;
    if (!isPublic && !codes.includes('401')) fail(where, 'needs authentication but documents no 401');
    if (p.startsWith('/api/v1/clients/{clientId}')) {
        const rights = op['x-portiek-rights'];
        if (!Array.isArray(rights)) fail(where, 'client-scoped operation lacks x-portiek-rights (a list of Rights properties, [] for any linked person)');
        else for (const r of rights) if (!rightNames.has(r)) fail(where, `x-portiek-rights names "${r}", which is not a property of Rights`);
        if (!codes.includes('403')) fail(where, 'client-scoped operation documents no 403');
    }
    if (p.startsWith('/api/v1/import/')) {
        const names = (op.security || []).flatMap((s) => Object.keys(s));
        if (names.length !== 1 || names[0] !== 'importApiKey') fail(where, 'import operations use exactly the importApiKey security scheme');
    }
    if ('x-portiek-access-logged' in op && typeof op['x-portiek-access-logged'] !== 'boolean') fail(where, 'x-portiek-access-logged must be true or false');
}

// schema conventions: camelCase properties, *At are date-times, ids are strings
walk(raw, (node, where) => {
    if (!node.properties || typeof node.properties !== 'object' || Array.isArray(node.properties)) return;
    if (where.includes('/examples/') || where.includes('/example')) return;
    for (const [name, prop0] of Object.entries(node.properties)) {
        const prop = deref(prop0) || {};
        const flat = prop.allOf && prop.allOf.length === 1 ? { ...deref(prop.allOf[0]), ...prop } : prop;
        const at = `${where}/properties/${name}`;
        if (!CAMEL.test(name)) fail(at, 'property names are camelCase');
        if (/[a-z]At$/.test(name) && !(flat.type === 'string' && flat.format === 'date-time')) fail(at, 'a property named *At is a date-time string');
        if ((name === 'id' || /[a-z]Id$/.test(name)) && flat.type !== 'string') fail(at, 'ids are strings');
        if (/[a-z]Ids$/.test(name) && !(flat.type === 'array' && deref(flat.items)?.type === 'string')) fail(at, 'id lists are arrays of strings');
    }
});

// unused components (reachable from paths and the top-level security)
{
    const reachable = new Set();
    const queue = [raw.paths];
    const usedSchemes = new Set();
    const addSecurity = (sec) => (sec || []).forEach((req) => Object.keys(req).forEach((k) => usedSchemes.add(k)));
    addSecurity(raw.security);
    ops.forEach(({ op }) => addSecurity(op.security));
    while (queue.length) {
        walk(queue.pop(), (node) => {
            if (typeof node.$ref === 'string' && node.$ref.startsWith('#/components/') && !reachable.has(node.$ref)) {
                reachable.add(node.$ref);
                const target = resolvePointer(raw, node.$ref);
                if (target) queue.push(target);
            }
        });
    }
    for (const [kind, group] of Object.entries(raw.components || {})) {
        if (kind === 'securitySchemes') {
            for (const name of Object.keys(group || {})) if (!usedSchemes.has(name)) fail(`components.securitySchemes.${name}`, 'is never used');
            continue;
        }
        for (const name of Object.keys(group || {})) {
            if (!reachable.has(`#/components/${kind}/${name}`)) fail(`components.${kind}.${name}`, 'is never used');
        }
    }
}

// ------------------------------------------------------------------------------------------------
// 3. Examples against schemas (on the dereferenced document)

// OpenAPI 3.0 schema objects are close to JSON Schema draft 7; translate the differences.
const converted = new WeakMap();
function toJsonSchema(s) {
    if (s === null || typeof s !== 'object') return s;
    if (Array.isArray(s)) return s.map(toJsonSchema);
    if (converted.has(s)) return converted.get(s);
    const out = {};
    converted.set(s, out);
    for (const [k, v] of Object.entries(s)) {
        if (k === 'nullable' || k === 'example' || k === 'discriminator' || k === 'xml' || k === 'externalDocs' || k.startsWith('x-')) continue;
        if (k === 'properties' || k === 'patternProperties') {
            out[k] = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, toJsonSchema(pv)]));
        } else if (['items', 'additionalProperties', 'not'].includes(k) && typeof v === 'object') {
            out[k] = toJsonSchema(v);
        } else if (['allOf', 'anyOf', 'oneOf'].includes(k)) {
            out[k] = v.map(toJsonSchema);
        } else {
            out[k] = v;
        }
    }
    if (is30 && s.nullable === true) {
        if (typeof out.type === 'string') {
            out.type = [out.type, 'null'];
            if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
        } else if (out.type === undefined) {
            const inner = { ...out };
            for (const k of Object.keys(out)) delete out[k];
            out.anyOf = [inner, { type: 'null' }];
        }
    }
    return out;
}

const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, validateFormats: true });
ajv.addFormat('date-time', { type: 'string', validate: (v) => RFC3339.test(v) && !Number.isNaN(Date.parse(v)) });
ajv.addFormat('date', { type: 'string', validate: (v) => DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) });
ajv.addFormat('email', { type: 'string', validate: /^[^\s@]+@[^\s@]+\.[^\s@]+$/ });
ajv.addFormat('uri-reference', { type: 'string', validate: (v) => !/\s/.test(v) });
ajv.addFormat('uri', { type: 'string', validate: /^[a-z][a-z0-9+.-]*:\S+$/i });
ajv.addFormat('uuid', { type: 'string', validate: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i });
ajv.addFormat('password', { type: 'string', validate: () => true });
ajv.addFormat('binary', { type: 'string', validate: () => true });
ajv.addFormat('byte', { type: 'string', validate: /^[A-Za-z0-9+/]*={0,2}$/ });
ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isInteger(n) });
ajv.addFormat('float', { type: 'number', validate: () => true });
ajv.addFormat('double', { type: 'number', validate: () => true });

const validators = new WeakMap();
let examplesChecked = 0;
function checkExample(schema, value, where) {
    if (!schema || value === undefined) return;
    if (schema.type === 'string' && schema.format === 'binary') return;
    let validate = validators.get(schema);
    if (!validate) {
        try {
            validate = ajv.compile(toJsonSchema(schema));
        } catch (e) {
            fail(where, `schema cannot be compiled: ${e.message}`);
            return;
        }
        validators.set(schema, validate);
    }
    examplesChecked++;
    if (!validate(value)) {
        for (const err of validate.errors) fail(where, `example ${err.instancePath || '(root)'} ${err.message}${err.params && err.params.additionalProperty ? ` (${err.params.additionalProperty})` : ''}`);
    }
}

function checkMediaTypes(content, where) {
    for (const [type, media] of Object.entries(content || {})) {
        if (!media) continue;
        checkExample(media.schema, media.example, `${where} ${type} example`);
        for (const [name, ex] of Object.entries(media.examples || {})) checkExample(media.schema, ex?.value, `${where} ${type} examples.${name}`);
    }
}

for (const { path: p, method, op, item } of operations(api)) {
    const where = `${method.toUpperCase()} ${p}`;
    for (const prm of [...(item.parameters || []), ...(op.parameters || [])]) {
        checkExample(prm.schema, prm.example, `${where} parameter ${prm.name}`);
        for (const [name, ex] of Object.entries(prm.examples || {})) checkExample(prm.schema, ex?.value, `${where} parameter ${prm.name} examples.${name}`);
    }
    checkMediaTypes(op.requestBody?.content, `${where} request`);
    for (const [code, r] of Object.entries(op.responses || {})) {
        checkMediaTypes(r?.content, `${where} ${code}`);
        for (const [h, hdr] of Object.entries(r?.headers || {})) checkExample(hdr?.schema, hdr?.example, `${where} ${code} header ${h}`);
    }
}
// examples inside schemas (schema-level and property-level)
walk(api.components?.schemas || {}, (node, where) => {
    if (node.type !== undefined || node.properties || node.allOf) {
        if ('example' in node) checkExample(node, node.example, `components.schemas${where.slice(1)}`);
    }
});

// ------------------------------------------------------------------------------------------------
// 4. Routes of the server
let routeSummary = '';
if (args.routes) {
    let text;
    try {
        text = readFileSync(args.routes, 'utf8');
    } catch (e) {
        fail(null, `cannot read the routes file ${args.routes}: ${e.message}`);
    }
    if (text !== undefined) {
        const missing = [];
        let count = 0;
        text.split(/\r?\n/).forEach((line0, i) => {
            const line = line0.trim();
            if (!line || line.startsWith('#')) return;
            const m = /^([A-Z]+)\s+(\/\S*)(?:\s+(\S+))?$/.exec(line);
            if (!m || !HTTP_METHODS.includes(m[1].toLowerCase())) {
                fail(`${args.routes}:${i + 1}`, `not a route line ("METHOD /path [access]"): ${JSON.stringify(line0)}`);
                return;
            }
            count++;
            const [, method, routePath, access] = m;
            const op = raw.paths?.[routePath]?.[method.toLowerCase()];
            if (op) {
                // The rights a client-scoped route checks must be the ones the contract names, and
                // a route the contract gives rights to must check them (through ClientRoutes).
                const documented = op['x-portiek-rights'];
                const declared = access?.startsWith('rights=') ? access.slice('rights='.length).split(',').filter(Boolean) : undefined;
                const where = `${method} ${routePath}`;
                if (documented !== undefined && declared === undefined) {
                    fail(where, `the contract names x-portiek-rights [${documented.join(', ')}] but the server route checks no client rights`);
                } else if (declared !== undefined && documented === undefined) {
                    fail(where, `the server checks rights [${declared.join(', ')}] but the contract has no x-portiek-rights`);
                } else if (declared !== undefined && [...declared].sort().join(',') !== [...documented].sort().join(',')) {
                    fail(where, `the server checks rights [${declared.join(', ')}], the contract says [${documented.join(', ')}]`);
                }
                const importOp = (op.security || []).some((s) => 'importApiKey' in s);
                if (importOp !== (access === 'import')) {
                    fail(where, importOp ? 'the contract secures it with importApiKey but the server route is not an import route' : 'the server treats it as an import route but the contract does not secure it with importApiKey');
                }
            }
            if (!op) {
                const near = Object.keys(raw.paths || {}).find((sp) => sp.replace(/\{[^}]+\}/g, '{}') === routePath.replace(/\{[^}]+\}/g, '{}'));
                const hint = !raw.paths?.[routePath] && near ? ` (the document has ${near}: path parameters must be named identically)` : raw.paths?.[routePath] ? ` (the path is documented, but not for ${method})` : '';
                missing.push(`  ${method} ${routePath}${hint}`);
            }
        });
        if (count === 0) fail(args.routes, 'lists no routes');
        if (missing.length) fail(null, `${missing.length} of ${count} server route(s) are not in ${args.spec}:\n${missing.join('\n')}`);
        routeSummary = `; all ${count} server route(s) documented`;
    }
}

// ------------------------------------------------------------------------------------------------
if (problems.length) {
    console.error(`openapi check: ${problems.length} problem(s) in ${args.spec}${args.routes ? ` / ${args.routes}` : ''}:`);
    for (const p of problems) console.error(`- ${p}`);
    process.exit(1);
}
const schemaCount = Object.keys(raw.components?.schemas || {}).length;
console.log(`openapi check: ${path.normalize(args.spec)} is valid (OpenAPI ${raw.openapi}, ${ops.length} operations on ${Object.keys(raw.paths).length} paths, ${schemaCount} schemas, ${examplesChecked} examples checked)${routeSummary}`);
