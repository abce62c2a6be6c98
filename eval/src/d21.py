from lib import *
T = """Long: By working together we can stop crime groups exploiting our community

Date published: 26 November 2020

In one recent example a Personal Protective Equipment (PPE) shipment was used to conceal illegal drugs.

During 2019/2020 OCTF operations have: recovered approximately £2.2 million under Confiscation Orders; helped rescue 111 potential victims of modern slavery; recorded 8,177 drug seizure incidents and 250 successful interventions such as searches, arrests and seizures have resulted in frustrating, disrupting or dismantling organised crime groups. 5.7 million cigarettes, 65,000 litres of alcohol and over 2,000 items of counterfeit goods were prevented from entering Northern Ireland.

The Minister said: “The fact that criminals would stoop so low as to exploit the circumstances created by a pandemic shows they care about nothing other than lining their own pockets. PPE is an essential part of keeping people safe from the virus so to use shipments of it to conceal drugs is beyond reprehensible.  But as this latest report shows OCGs will exploit vulnerabilities wherever they find them.

 “I would like to thank each and every one of the OCTF partner organisations for their contribution to the work of the Task Force. Now in its twentieth year, the OCTF continues to demonstrate that working together with a common purpose is the best way to deliver results.  This report highlights how a shared strategic response to the threat posed by organised crime groups in Northern Ireland makes a tangible difference to individuals and their families, communities and businesses.

“It is critical that we strive to make organised crime unprofitable and to bring criminals to justice. Next year, new legislation will be introduced to enhance powers for law enforcement agencies here, bringing Northern Ireland into line with the rest of the UK.”"""
doc("dojni-octf-annual-report-2019-20",
 "https://www.justice-ni.gov.uk/news/long-by-working-together-we-can-stop-crime-groups-exploiting-our-community (Department of Justice (Northern Ireland) news release, 2020-11-26, on the Organised Crime Task Force Annual Report and Threat Assessment; the page's repeated title line and the image text 'Picture of Naomi Long' left out; the Minister's last paragraph is cut before 'Unexplained Wealth Orders,...' with a closing ” added)",
 T,
 [("Person","Naomi Long","Long","The Minister"),
  ("Organisation","Organised Crime Task Force","OCTF","the Task Force"),
  ("Policy","Confiscation Orders"),
  ("Place","Northern Ireland"),("Place","United Kingdom","UK")],
 roles=[("Naomi Long","Minister",None)],
 said=[("Naomi Long","The fact that criminals would stoop so low as",True)],
 stats=[("approximately £2.2 million",2200000,"GBP","recovered under Confiscation Orders by OCTF operations","2019/2020","Northern Ireland",None),
        ("111 potential victims of modern slavery",111,"count","potential victims of modern slavery OCTF operations helped rescue","2019/2020","Northern Ireland",None),
        ("8,177 drug seizure incidents",8177,"count","drug seizure incidents recorded","2019/2020","Northern Ireland",None),
        ("250 successful interventions",250,"count","successful interventions such as searches, arrests and seizures against organised crime groups","2019/2020","Northern Ireland",None),
        ("5.7 million cigarettes",5700000,"count","cigarettes prevented from entering Northern Ireland","2019/2020","Northern Ireland",None),
        ("65,000 litres of alcohol",65000,"count","litres of alcohol prevented from entering Northern Ireland","2019/2020","Northern Ireland",None),
        ("over 2,000 items of counterfeit goods",2000,"count","items of counterfeit goods prevented from entering Northern Ireland","2019/2020","Northern Ireland",None)])
