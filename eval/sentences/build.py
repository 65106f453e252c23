#!/usr/bin/env python3
"""Builds sentences.jsonl and gold/ from sentences.tsv (run from this folder)."""
import json, os
os.makedirs('gold', exist_ok=True)
with open('sentences.jsonl', 'w') as out:
    n = 0
    for line in open('sentences.tsv'):
        if line.startswith('#') or not line.strip():
            continue
        kind, actors, recipients, text = line.rstrip('\n').split('\t')
        n += 1
        doc = f's-{n:03d}'
        out.write(json.dumps({'id': doc, 'url': None, 'source': 'Parley sentences', 'published': '2024-06-12',
                              'title': None, 'text': text, 'lang': 'en'}) + '\n')
        codes = lambda s: [] if s == '-' else [{'code': c} for c in s.split(',')]
        gold = {'doc': doc, 'published': '2024-06-12', 'events': [{'type': kind, 'actor': codes(actors),
                'recipient': codes(recipients), 'issues': [], 'date': None, 'evidence': text, 'optional': False}],
                'quotes': []}
        json.dump(gold, open(f'gold/{doc}.json', 'w'), indent=1)
print(n, 'sentences')
