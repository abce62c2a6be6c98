import json, glob
ids = [l.strip() for l in open('/work/wt/annot-uk2/eval/src/order.txt') if l.strip()]
with open('/work/wt/annot-uk2/eval/test-uk2.jsonl','w') as f:
    for i in ids:
        f.write(open(f'/work/wt/annot-uk2/eval/src/out/{i}.json').read().strip()+"\n")
