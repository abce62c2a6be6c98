from lib import *
T = """Justice Minister reflects on past year
Date published:
On the anniversary of the restoration of the NI Assembly and Executive, Justice Minister Naomi Long has reflected on achievements this year.

There are many examples of achievements for the Department of Justice including the addition of Northern Ireland in UK legislation quashing the convictions of those affected by the Horizon I.T. scandal and Northern Ireland Prison Service receiving top marks in independent inspections at both facilities at Hydebank. This is not just the first in Northern Ireland but the first across the UK.
The Minister said: “I was honoured to be returned as Justice Minister in February 2024. I wanted to finish what I had started and was thankful to get that opportunity. Despite having delivered some significant legislation in the previous mandate including stalking, upskirting and downblousing, there is more I want to do.
“One of my key priorities this year has been tackling domestic and sexual abuse and enhancing protections for victims and witnesses. On average domestic abuse is reported to the PSNI every 16 minutes and a sexual offence every two hours. These are stark figures!
“My department worked closely with colleagues in Health to produce the Domestic and Sexual Abuse strategy. This strategy and associated action plan gave a voice to victims, including children and young people, ensuring they are heard and are at the core of decision making.”
Continuing with the focus on victims, the Minister said: “I recently extended the Sexual Offences Legal Advisers (SOLA) scheme and will shortly bring forward a similar scheme aimed at children. Up to the end of November 2024 the adult scheme provided free legal advice and support to more than 2,000 complainants in serious sexual offence cases. The support and advice provided through this scheme is invaluable, ensuring victims have support on their justice journey.”"""
doc("dojni-long-reflects-on-year-2025",
 "https://www.northernireland.gov.uk/news/justice-minister-reflects-past-year (Department of Justice (Northern Ireland) news release, February 2025; the empty 'Date published:' line kept as stored; stops before the paragraph on justice delivery)",
 T,
 [("Person","Naomi Long","Justice Minister Naomi Long","The Minister","the Minister"),
  ("Organisation","Department of Justice (Northern Ireland)","Department of Justice"),
  ("Organisation","Northern Ireland Assembly","NI Assembly"),
  ("Organisation","Northern Ireland Executive","Executive"),
  ("Organisation","Northern Ireland Prison Service"),
  ("Organisation","Police Service of Northern Ireland","PSNI"),
  ("Place","Northern Ireland"),("Place","United Kingdom","UK"),("Place","Hydebank"),
  ("Policy","UK legislation quashing the convictions of those affected by the Horizon I.T. scandal"),
  ("Policy","Domestic and Sexual Abuse strategy","This strategy"),
  ("Policy","Sexual Offences Legal Advisers (SOLA) scheme","Sexual Offences Legal Advisers","SOLA","the adult scheme","this scheme"),
  ("Policy","a similar scheme aimed at children")],
 roles=[("Naomi Long","Justice Minister","Department of Justice (Northern Ireland)")],
 said=[("Naomi Long","I was honoured to be returned as Justice Minister",True),
       ("Naomi Long","I recently extended the Sexual Offences Legal Advisers (SOLA)",True)],
 ann=[("Department of Justice (Northern Ireland)","Domestic and Sexual Abuse strategy"),
      ("Naomi Long","Sexual Offences Legal Advisers (SOLA) scheme"),
      ("Naomi Long","a similar scheme aimed at children")],
 stats=[("more than 2,000 complainants",2000,"count","complainants in serious sexual offence cases given free legal advice and support by the SOLA adult scheme","up to the end of November 2024","Northern Ireland","Naomi Long")])
