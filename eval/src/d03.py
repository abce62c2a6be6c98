from lib import *
T = """Thousands of new prison places to rehabilitate offenders and cut crime

  • massive construction project to create thousands of jobs for local communities
  • latest step in government’s ambitious plans to create 20,000 places by mid-2020s, helping to cut crime and protect the public.

An unprecedented expansion and refurbishment programme will create more than 4,000 new prison places across the country, the Deputy Prime Minister Dominic Raab announced today (18 February 2022).

These new places are part of the government’s £4 billion investment to create 20,000 modern and innovative prison places, ensuring the right conditions are in place to truly rehabilitate prisoners. This will give prisoners the education, skills and addiction support they need to live crime-free lives on release, helping to cut crime and protect the public.

The 4,000 places announced today will be created across 16 prisons through the building of new wings and refurbishing jails. They will create thousands of jobs for local communities, boosting economies.

Subject to planning permission, 8 prisons will receive new houseblocks while HMP High Down in Surrey will get a brand-new workshop. The innovative designs will mean easier access to supporting facilities such as healthcare, kitchens and staff offices which will help to protect frontline staff and clamp down on crime behind bars.

New workshops and classrooms will also see offenders getting vital work and training so they are able to find employment on release.

Seven other prisons will also receive comprehensive refurbishments part of a wider £150 million investment in the estate to help bring all jails into the 21st century.

Deputy Prime Minister and Justice Secretary Dominic Raab, said:

Our unprecedented prison-building programme is the largest in more than a century and will deliver an additional 20,000 prison places by the mid-2020s.

We are improving our existing prison estate, putting more offenders behind bars, training them for release and protecting the public."""
doc("moj-4000-prison-places-2022",
 "http://government-world.com/uk/politics-2/hm-government/page/1016/?print=print-search (copy of a Ministry of Justice press release, gov.uk, 2022-02-18); the copy broke off inside Raab's quote after 'training', the rest of that sentence ('them for release and protecting the public.') comes from the same quote as printed at https://www.theconstructionindex.co.uk/news/view/prison-construction-programme-expanded; the release continued",
 T,
 [("Person","Dominic Raab","Deputy Prime Minister Dominic Raab","Deputy Prime Minister and Justice Secretary Dominic Raab"),
  ("Organisation","UK Government","the government","government"),
  ("Policy","expansion and refurbishment programme","An unprecedented expansion and refurbishment programme"),
  ("Policy","prison-building programme","Our unprecedented prison-building programme","plans to create 20,000 places by mid-2020s","£4 billion investment to create 20,000 modern and innovative prison places"),
  ("Place","HMP High Down"),("Place","Surrey")],
 roles=[("Dominic Raab","Deputy Prime Minister",None),("Dominic Raab","Justice Secretary",None)],
 said=[("Dominic Raab","An unprecedented expansion and refurbishment programme will create more",False),
       ("Dominic Raab","Our unprecedented prison-building programme is the largest in more",True)],
 ann=[("Dominic Raab","expansion and refurbishment programme"),("UK Government","prison-building programme")],
 stats=[("20,000 places",20000,"count","prison places the government plans to create by the mid-2020s","by mid-2020s",None,None),
        ("more than 4,000 new prison places",4000,"count","new prison places the expansion and refurbishment programme will create",None,None,"Dominic Raab"),
        ("£4 billion",4000000000,"GBP","government investment to create modern prison places",None,None,None),
        ("The 4,000 places",4000,"count","prison places announced today, created across 16 prisons",None,None,None),
        ("16 prisons",16,"count","prisons where the new places will be created",None,None,None),
        ("8 prisons",8,"count","prisons to receive new houseblocks",None,None,None),
        ("Seven other prisons",7,"count","other prisons to receive comprehensive refurbishments",None,None,None),
        ("£150 million",150000000,"GBP","wider investment in refurbishing the prison estate",None,None,None),
        ("an additional 20,000 prison places",20000,"count","additional prison places the prison-building programme will deliver","by the mid-2020s",None,"Dominic Raab")])
