#!/usr/bin/env python3
"""Builds the NER gazetteer resources embedded in SinoRussia.Nlp from the staged data folder.

Usage: python3 models/ner/build_resources.py ../shared/data
Writes src/SinoRussia.Nlp/Entities/Gazetteers/Data/geo-labels.tsv (surface -> GPE/LOC)
and src/SinoRussia.Nlp/Entities/Rules/Data/country-patterns.jsonl (NORP demonyms and GPE country names).
"""
import csv, json, os, sys

data = sys.argv[1]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'SinoRussia.Nlp', 'Entities')

countries = json.load(open(os.path.join(data, 'gazetteer-world-countries', 'countries.json'), encoding='utf-8'))
labels = {}

def put(surface, label, strong=False):
    surface = surface.strip()
    if len(surface) < 2 or not any(ch.isupper() for ch in surface):
        return
    if strong or surface not in labels:
        labels[surface] = label

# weakest first: WordNet, then GeoNames, then countries, then the hand list
gpe_kinds = ('city', 'capital', 'town', 'state', 'province', 'country', 'kingdom', 'republic', 'port', 'county', 'district', 'emirate', 'principality')
loc_kinds = ('river', 'sea', 'ocean', 'mountain', 'island', 'lake', 'range', 'peninsula', 'desert', 'region', 'geographical area',
             'gulf', 'bay', 'strait', 'valley', 'plateau', 'archipelago', 'continent', 'volcano', 'cape', 'waterfall', 'canal', 'forest', 'plain', 'basin')
with open(os.path.join(data, 'gazetteer-wordnet-instances', 'wordnet30_instances.tsv'), encoding='utf-8') as f:
    for row in csv.DictReader(f, delimiter='\t'):
        if row['coarse_type'] != 'LOC':
            continue
        kinds = row['instance_of'].lower()
        if any(k in kinds for k in loc_kinds):
            put(row['name'], 'LOC')
        elif any(k in kinds for k in gpe_kinds):
            put(row['name'], 'GPE')
with open(os.path.join(data, 'gazetteer-geonames', 'cities15000.tsv'), encoding='utf-8') as f:
    for row in csv.DictReader(f, delimiter='\t'):
        put(row['name'], 'GPE', True)
for item in json.load(open(os.path.join(data, 'gazetteer-geonames', 'admin1.json'), encoding='utf-8')):
    put(item['name'], 'GPE', True)
regions = set()
for c in countries:
    for s in [c['name']['common'], c['name']['official']] + list(c.get('capital', [])) + [a for a in c['altSpellings'] if a.isascii() and (len(a) > 3 or a in ('US', 'USA', 'UK', 'PRC', 'UAE', 'DPRK', 'ROK'))]:
        put(s, 'GPE', True)
    for s in (c.get('region'), c.get('subregion')):
        if s:
            regions.add(s)
for s in sorted(regions):
    put(s, 'LOC', True)
hand_loc = ['Asia', 'Europe', 'Africa', 'Antarctica', 'Oceania', 'North America', 'South America', 'Latin America', 'Central Asia',
            'East Asia', 'Southeast Asia', 'South Asia', 'Northeast Asia', 'Eurasia', 'Middle East', 'Near East', 'Far East',
            'Russian Far East', 'Siberia', 'Arctic', 'Global South', 'Global North', 'Asia-Pacific', 'Asia Pacific', 'Indo-Pacific',
            'Caucasus', 'South Caucasus', 'North Caucasus', 'Balkans', 'Baltic', 'Baltics', 'Eastern Europe', 'Western Europe',
            'Central Europe', 'Central and Eastern Europe', 'Persian Gulf', 'Black Sea', 'Caspian', 'Caspian Sea', 'South China Sea',
            'East China Sea', 'Sea of Japan', 'Pacific', 'Atlantic', 'Indian Ocean', 'Pacific Ocean', 'Atlantic Ocean', 'Arctic Ocean',
            'Amur', 'Amur River', 'Ussuri', 'Heilongjiang River', 'Yangtze', 'Volga', 'Himalayas', 'Tibetan Plateau', 'Korean Peninsula',
            'Crimean Peninsula', 'Strait of Malacca', 'Taiwan Strait', 'West', 'East', 'Mediterranean', 'Horn of Africa', 'Sahel',
            'Scandinavia', 'Northern Sea Route', 'Heartland', 'Transcaucasia', 'Manchuria', 'Outer Manchuria', 'Inner Asia',
            'Levant', 'Maghreb', 'Gulf', 'Euro-Atlantic', 'Eurasian heartland', 'Eastern Siberia', 'Western Siberia', 'Primorye']
hand_gpe = ['Soviet Union', 'USSR', 'U.S.S.R.', 'Russian Empire', 'Middle Kingdom', 'Crimea', 'Xinjiang', 'Tibet', 'Taiwan', 'Hong Kong',
            'Macau', 'Macao', 'U.S.', 'US', 'USA', 'U.S.A.', 'UK', 'U.K.', 'Britain', 'Great Britain', 'PRC', 'ROC', 'DPRK', 'Donbas',
            'Donbass', 'Washington', 'Beijing', 'Moscow', 'Peking', 'Qing China', 'Ming China', 'Tsarist Russia', 'Imperial Russia',
            'Manchukuo', 'Mongolia', 'Inner Mongolia', 'Outer Mongolia', 'Heilongjiang', 'Primorsky Krai', 'Primorsky', 'Vladivostok',
            'Khabarovsk', 'Blagoveshchensk', 'Heihe', 'Harbin', 'Amur Region', 'Amur Oblast', 'Zabaykalsky Krai', 'Chechnya',
            'Kosovo', 'Abkhazia', 'South Ossetia', 'Transnistria', 'Kaliningrad', 'Sevastopol', 'Donetsk', 'Luhansk', 'Kyiv', 'Kiev',
            'Pyongyang', 'Seoul', 'Tokyo', 'New Delhi', 'Delhi', 'Tehran', 'Ankara', 'Astana', 'Nur-Sultan', 'Tashkent', 'Bishkek',
            'Dushanbe', 'Ashgabat', 'Minsk', 'Brussels', 'Berlin', 'Paris', 'London', 'Shanghai', 'St. Petersburg', 'Saint Petersburg',
            'Hainan', 'Guangdong', 'Fujian', 'Yunnan', 'Gansu', 'Sichuan', 'Jilin', 'Liaoning', 'Shandong', 'Zhejiang', 'Jiangsu']
for s in hand_loc:
    put(s, 'LOC', True)
for s in hand_gpe:
    put(s, 'GPE', True)

out = os.path.join(root, 'Gazetteers', 'Data', 'geo-labels.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as f:
    f.write('# Surface form -> GPE or LOC, compiled by models/ner/build_resources.py.\n')
    f.write('# Contains information from world-countries by Mohammed Le Doze, made available under the ODbL 1.0 (this derived list is also ODbL 1.0).\n')
    f.write('# Contains data from GeoNames (www.geonames.org), CC BY 4.0. Contains WordNet 3.0 data, Copyright 2006 by Princeton University (WordNet 3.0 licence).\n')
    for s in sorted(labels):
        if '\t' not in s:
            f.write(f'{s}\t{labels[s]}\n')
print('geo labels', len(labels))

# NORP patterns from demonyms, plus plural forms
norp = set()
for c in countries:
    d = c.get('demonyms', {}).get('eng', {})
    for s in (d.get('m'), d.get('f')):
        if s and s.isascii() and s[0].isupper() and ' ' not in s:
            norp.add(s)
            if s.endswith(('an', 'i', 'ian')):
                norp.add(s + 's')
gpe = set()
for c in countries:
    for s in [c['name']['common']] + [a for a in c['altSpellings'] if a in ('US', 'USA', 'UK', 'PRC', 'UAE', 'DPRK', 'Russian Federation', "People's Republic of China", 'United States of America')]:
        if s.isascii() and len(s) >= 2:
            gpe.add(s)
COMMON_WORD_COUNTRIES = {'china', 'turkey', 'chad', 'jordan', 'georgia', 'guinea', 'chile', 'jersey', 'guernsey', 'bermuda', 'niger',
                         'panama', 'christmas island', 'man', 'martinique', 'reunion', 'guam', 'norfolk island'}
out = os.path.join(root, 'Rules', 'Data', 'country-patterns.jsonl')
with open(out, 'w', encoding='utf-8', newline='\n') as f:
    for s in sorted(norp):
        f.write(json.dumps({'label': 'NORP', 'pattern': s}, ensure_ascii=False) + '\n')
    for s in sorted(gpe):
        # A country name that is no ordinary English word when lower-cased ("vietnam", "south korea") is matched in any
        # case, for web text; "china", "turkey", "chad", ... and acronyms stay case-sensitive.
        if s.replace(' ', '').isalpha() and len(s) >= 4 and not s.isupper() and s.lower() not in COMMON_WORD_COUNTRIES:
            f.write(json.dumps({'label': 'GPE', 'pattern': s, 'case': 'insensitive'}, ensure_ascii=False) + '\n')
        else:
            f.write(json.dumps({'label': 'GPE', 'pattern': s}, ensure_ascii=False) + '\n')
print('norp', len(norp))
