from lib import *
T = """HMICS Scrutiny Plan 2022-2025

12 April 2022
Domestic abuse, online fraud, missing persons, legitimacy and organisational culture are among the aspects of policing in Scotland which will be under review in the coming months and years.
The wide ranging inspections by HM Inspectorate of Constabulary, which also include areas such as probationer training, strategic workforce planning, healthcare in custody and forensic services, are detailed in the body’s Scrutiny Plan which is published today (Tuesday 12th April).
Covering the next three years, it is the result of the most extensive consultation exercise conducted by HMICS with its partners and stakeholders including Police Scotland, its officers and staff; the Scottish Police Authority and was open to the public to comment.
The first three year plan from HMICS, it comes as Craig Naylor takes over the role of HM Chief Inspector, succeeding Mrs Gill Imery QPM who retired on April 1.
He said: “In arriving at decisions about our priorities for the 2022-25, we tried to cover many of the areas suggested via the consultation. Any not included will be revisited during future reviews of this plan to assess if the level of risk has changed and, if so, what is the best route forward. 
“The areas highlighted in the consultation but not in this plan will be discussed with Police Scotland and the SPA to allow them to consider how best to address them.”
Mr Naylor added: “It is important the public has confidence in policing and it would be naïve of us to ignore issues throughout the UK which may have diminished that trust. Therefore we will examine whether Police Scotland has a healthy organisational culture and ethical framework with appropriate values and behaviours across the service.”"""
doc("hmics-scrutiny-plan-2022-25",
 "https://www.hmics.scot/news/hmics-scrutiny-plan-2022-2025 (HM Inspectorate of Constabulary in Scotland news release, 2022-04-12; stops before 'HMICS carries out three forms of inspections...')",
 T,
 [("Organisation","HM Inspectorate of Constabulary in Scotland","HMICS","HM Inspectorate of Constabulary"),
  ("Policy","HMICS Scrutiny Plan 2022-2025","Scrutiny Plan","The first three year plan from HMICS","this plan"),
  ("Person","Craig Naylor","Mr Naylor"),
  ("Person","Gill Imery","Mrs Gill Imery QPM"),
  ("Organisation","Police Scotland"),
  ("Organisation","Scottish Police Authority","SPA"),
  ("Place","Scotland"),("Place","United Kingdom","UK")],
 roles=[("Craig Naylor","HM Chief Inspector","HM Inspectorate of Constabulary in Scotland"),
        ("Gill Imery","HM Chief Inspector","HM Inspectorate of Constabulary in Scotland")],
 said=[("Craig Naylor","In arriving at decisions about our priorities for the",True),
       ("Craig Naylor","It is important the public has confidence in policing",True)],
 ann=[("HM Inspectorate of Constabulary in Scotland","HMICS Scrutiny Plan 2022-2025")],
 over=[("HM Inspectorate of Constabulary in Scotland","Police Scotland")])
