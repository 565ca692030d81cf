import type { APIRoute, GetStaticPaths } from 'astro';
import { decapAssetNames, decapAssetResponse } from '../../../cms/decap-assets.ts';

export const getStaticPaths = (() => decapAssetNames('js').map((asset) => ({ params: { asset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => decapAssetResponse(String(params.asset), 'js');
