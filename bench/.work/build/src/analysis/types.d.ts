/**
 * Type facts for a branch subject. Called only for subjects that already
 * passed the AST gate, so a file without provider-code branches never asks
 * the checker anything.
 */
import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import type { CodeValue } from './catalog-index.ts';
import type { TypeFacts } from './family.ts';
export declare function typeFactsOf(node: TSESTree.Node, services: ParserServicesWithTypeInformation): TypeFacts | undefined;
/** The literal value of one expression (a case test the AST could not resolve), if its type is a literal. */
export declare function literalTypeValue(node: TSESTree.Node, services: ParserServicesWithTypeInformation): CodeValue | undefined;
