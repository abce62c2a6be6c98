from lib import *
T = """HMICS Annual Report 2020-2021

13 August 2021

The report published today (Friday 13 August, 2021) highlights Police Scotland’s important role in supporting the national response to the pandemic and the strength and stability of its leadership during the public health emergency.

HM Chief Inspector of Constabulary in Scotland, Mrs Gill Imery QPM, said, “Having one police service for Scotland helped achieve consistency in leadership direction, interpretation and implementation of legislation. Police Scotland’s public messages repeatedly emphasised working with the public as fellow citizens, maintaining the principle of policing by consent and building legitimacy, despite the extraordinary additional police powers to restrict people’s individual freedoms.”

“Police Scotland leaders praised the efforts of the public to comply with these constraints because it was the right thing to do, not because it was the law. At the same time, the Chief Constable has consistently asserted his operational independence, making it clear that he and the police officers under his direction and control, will continue to use discretion to respond appropriately in operational situations. Operational independence does not equate to a lack of accountability.”

Mrs Imery commends the commitment and dedication of police officers and staff on the frontline who continue to carry out their duties, largely without the option to work from home.

In April 2020 when the first lockdown began, Police Scotland initiated an Independent Advisory Group, chaired by John Scott QC, which reports regularly to the Scottish Police Authority. Mrs Imery is a member of this group and believes it helps provide the police with an understanding of the impact of coronavirus on communities.

“One of the key themes to emerge from the IAG is the unequal impact of the virus, and associated restrictions, on different sections of society and how the situation amplified existing inequalities,” she said."""
doc("hmics-annual-report-2020-21",
 "https://www.hmics.scot/news/hmics-annual-report-2020-2021 (HM Inspectorate of Constabulary in Scotland news release, 2021-08-13; stops before the next paragraph, which begins 'Ano...' in the stored copy)",
 T,
 [("Organisation","HM Inspectorate of Constabulary in Scotland","HMICS"),
  ("Person","Gill Imery","Mrs Gill Imery QPM","Mrs Imery"),
  ("Organisation","Police Scotland"),
  ("Organisation","Independent Advisory Group","IAG","this group"),
  ("Person","John Scott","John Scott QC"),
  ("Organisation","Scottish Police Authority"),
  ("Place","Scotland")],
 roles=[("Gill Imery","HM Chief Inspector of Constabulary in Scotland","HM Inspectorate of Constabulary in Scotland"),
        ("John Scott","Chair","Independent Advisory Group"),
        ("Gill Imery","member","Independent Advisory Group")],
 said=[("Gill Imery","Having one police service for Scotland helped achieve",True),
       ("Gill Imery","One of the key themes to emerge from the",True)],
 ann=[("Police Scotland","Independent Advisory Group")],
 over=[("HM Inspectorate of Constabulary in Scotland","Police Scotland")])
