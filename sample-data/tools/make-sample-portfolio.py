"""Makes sample-data/techfest-haiphong-2025/portfolio.csv: fictional past investments of the
sample investors, drawn deterministically (seed 2025) from each investor's own profile."""
import csv, json, random, sys
d = sys.argv[1]
inv = json.load(open(d + '/investors.json'))
inv = inv['investors'] if isinstance(inv, dict) else inv
rnd = random.Random(2025)
heads = ['Sao', 'Lúa', 'Việt', 'Minh', 'An', 'Bạch', 'Sông', 'Hoa', 'Sen', 'Mê Kông', 'Tre', 'Cánh Diều', 'Hải', 'Phố', 'Nắng']
tails = ['Tech', 'Pay', 'Farm', 'Labs', 'Go', 'Care', 'Edu', 'Logistics', 'AI', 'Works', 'Hub', 'Mart', 'Xanh', 'Số']
places = ['Hải Phòng', 'Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng', 'Quảng Ninh', 'Hải Dương', 'Bắc Ninh', 'Singapore']
stages_all = ['pre-seed', 'seed', 'series-a', 'series-b']
rows = []
used = set()
for i in inv:
    if rnd.random() > 0.8:
        continue
    for k in range(rnd.randint(3, 8)):
        name = rnd.choice(heads) + ' ' + rnd.choice(tails)
        n = 2
        while name in used:
            name = name.rsplit(' #', 1)[0] + ' #' + str(n)
            n += 1
        used.add(name)
        secs = i.get('sectors') or []
        sector = rnd.choice(secs) if secs and rnd.random() < 0.85 else rnd.choice(['fintech', 'agritech', 'logistics', 'edtech', 'healthtech', 'e-commerce'])
        st = i.get('stages') or []
        stage = rnd.choice(st) if st and rnd.random() < 0.8 else rnd.choice(stages_all)
        locs = i.get('locations') or []
        loc = rnd.choice(locs) if locs and rnd.random() < 0.75 else rnd.choice(places)
        date = '%d-%02d-%02d' % (rnd.randint(2020, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
        amount, cur = '', ''
        if i.get('ticketMin') and rnd.random() < 0.8:
            lo, hi = i['ticketMin'], i.get('ticketMax') or i['ticketMin']
            amount = str(int(round(rnd.uniform(lo, hi), -3 if hi > 10000 else 0)))
            cur = i.get('ticketCurrency', '')
        rows.append([i['id'], name, sector, stage, loc, date, amount, cur])
rows.sort(key=lambda r: (r[0], r[5], r[1]))
with open(d + '/portfolio.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['investorId', 'company', 'sectors', 'stage', 'location', 'date', 'amount', 'currency'])
    w.writerows(rows)
print(len(rows), 'rows')
