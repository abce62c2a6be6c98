from lib import *
T = """Wales's four police forces will be better supported by the UK Government as part of its mission to deliver safer streets.
Wales's four police forces will be better supported by the UK Government as a result of its mission to deliver safer streets.
Secretary of State for Wales Jo Stevens met the chief constables of the four Welsh police forces and the four Police and Crime Commissioners for the first time together last week, days after Home Secretary Yvette Cooper announced more than half a billion pounds of additional UK Government funding for policing next year to support the government's Safer Streets mission, including an increase in the core grant for police forces and extra resources for neighbourhood policing.
The reforms will restore community patrols with a Neighbourhood Policing Guarantee, create an enhanced role for Police and Crime Commissioners to prevent crime and crack down on anti-social behaviour. The government has also pledged to recruit 13,000 more neighbourhood police and PCSOs, delivering additional resources for Welsh forces.
On Saturday (23 November) the Welsh Secretary joined South Wales Police officers on patrol in Cardiff following the Wales v South Africa Autumn Nations Series rugby international in the city.
She saw the force's control room in Cardiff Bay Police Station before joining officers from South Wales Police's Neighbourhood Policing Team on patrol in the city centre as well as meeting other organisations who operate there including Cardiff Street Pastors.
Welsh Secretary Jo Stevens said:
I joined the Neighbourhood Policing Team in Cardiff on Saturday to better understand the issues they see on the front line and I have spoken to all the Welsh chief constables and PCCs and heard about the challenges they face.
We know the public wants to see neighbourhood policing restored and for it to be properly resourced to tackle crime."""
doc("wo-welsh-forces-neighbourhood-policing-2024",
 "https://miragenews.com/welsh-forces-boosted-with-neighbourhood-crime-1365654 (copy of an Office of the Secretary of State for Wales press release, gov.uk, November 2024; the copy has no title line, its first line is the summary; Stevens's quote continued and is cut after its second paragraph)",
 T,
 [("Person","Jo Stevens","Secretary of State for Wales Jo Stevens","Welsh Secretary Jo Stevens","the Welsh Secretary"),
  ("Person","Yvette Cooper","Home Secretary Yvette Cooper"),
  ("Organisation","UK Government","the government","this government"),
  ("Organisation","South Wales Police","the force"),
  ("Organisation","South Wales Police Neighbourhood Policing Team","South Wales Police's Neighbourhood Policing Team","the Neighbourhood Policing Team"),
  ("Organisation","Cardiff Street Pastors"),
  ("Place","Cardiff Bay Police Station"),("Place","Cardiff"),("Place","Wales"),
  ("Policy","Safer Streets mission","the government's Safer Streets mission","its mission to deliver safer streets"),
  ("Policy","additional UK Government funding for policing"),
  ("Policy","core grant for police forces"),
  ("Policy","Neighbourhood Policing Guarantee"),
  ("Policy","recruit 13,000 more neighbourhood police and PCSOs")],
 roles=[("Jo Stevens","Secretary of State for Wales",None),("Yvette Cooper","Home Secretary",None)],
 said=[("Jo Stevens","I joined the Neighbourhood Policing Team in Cardiff on",True)],
 ann=[("Yvette Cooper","additional UK Government funding for policing"),
      ("UK Government","recruit 13,000 more neighbourhood police and PCSOs")],
 stats=[("Wales's four police forces",4,"count","police forces in Wales",None,"Wales",None),
        ("the four Police and Crime Commissioners",4,"count","Police and Crime Commissioners in Wales met by the Welsh Secretary",None,"Wales",None),
        ("the four Welsh police forces",4,"count","Welsh police forces whose chief constables the Welsh Secretary met",None,"Wales",None),
        ("more than half a billion pounds",500000000,"GBP","additional UK Government funding for policing","next year",None,"Yvette Cooper"),
        ("13,000 more neighbourhood police and PCSOs",13000,"count","additional neighbourhood police and PCSOs the government pledged to recruit",None,None,"UK Government")])
