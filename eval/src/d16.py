from lib import *
T = """Annual CPS Violence against Women and Girls report published

Latest figures on prosecutions involving Violence against Women and Girls (VAWG) have been released by the Crown Prosecution Service (CPS).

The VAWG report covers a broad range of offences including domestic abuse, rape, stalking and so-called honour-based abuse. Figures for 2018-19 show a 15.1 per cent fall in prosecutions and a 14.3 per cent drop in convictions across the domestic abuse, rape, and sexual offences caseload.
This reflects the 12.3 per cent fall in the number of investigations referred to the CPS from the police, as well as significant increases in the volume of digital data meaning some cases are taking longer to charge.

As the report shows a fall in the rate of rape-flagged charges, Director of Public Prosecutions Max Hill has announced independent CPS watchdog – Her Majesty's Crown Prosecution Service Inspectorate (HMCPSI) – will hold a review of rape charging decisions to increase accountability and reassure victims of sexual offences.

Max Hill said:

"Rape is an awful, sickening offence and I completely understand why the fall in charging rates is so concerning. Partners across the criminal justice system are coming together to look at how these cases are handled and the CPS is playing its part by opening up our charging decisions to further scrutiny.

"I have every confidence in the work of our dedicated prosecutors but it is important that the public has confidence too. I intend to implement any changes which are recommended if they improve our processes and enable the criminal justice system to deliver swifter, more effective justice.\""""
doc("cps-vawg-report-2018-19",
 "https://www.familylawweek.co.uk/site.aspx?i=ed202879 (copy of a Crown Prosecution Service press release, October 2019; the site's header line left out; stops before the list of actions the report sets out)",
 T,
 [("Organisation","Crown Prosecution Service","CPS"),
  ("Policy","CPS Violence against Women and Girls report","VAWG report","The VAWG report","the report"),
  ("Person","Max Hill","Director of Public Prosecutions Max Hill"),
  ("Organisation","Her Majesty's Crown Prosecution Service Inspectorate","HMCPSI","independent CPS watchdog"),
  ("Policy","review of rape charging decisions")],
 roles=[("Max Hill","Director of Public Prosecutions","Crown Prosecution Service")],
 said=[("Max Hill","independent CPS watchdog – Her Majesty's Crown Prosecution Service",False),
       ("Max Hill","Rape is an awful, sickening offence and I completely",True)],
 ann=[("Max Hill","review of rape charging decisions")],
 over=[("Her Majesty's Crown Prosecution Service Inspectorate","Crown Prosecution Service")],
 stats=[("a 15.1 per cent fall in prosecutions",15.1,"percent","fall in VAWG prosecutions across the domestic abuse, rape and sexual offences caseload","2018-19",None,"CPS Violence against Women and Girls report"),
        ("a 14.3 per cent drop in convictions",14.3,"percent","drop in VAWG convictions across the domestic abuse, rape and sexual offences caseload","2018-19",None,"CPS Violence against Women and Girls report"),
        ("the 12.3 per cent fall",12.3,"percent","fall in the number of investigations referred to the CPS from the police","2018-19",None,"CPS Violence against Women and Girls report")])
